import type { ImpactLevel, IncidentKind } from '../../core/model'
import type { BadgeTone } from './badge'

/** One colour per level everywhere (tables, timelines, heatmaps, exports). */
export const IMPACT_COLORS: Record<ImpactLevel | 'maintenance', string> = {
  major_outage: '#dc2626',
  partial_outage: '#ea580c',
  degraded_performance: '#d97706',
  unknown: '#64748b',
  none: '#94a3b8',
  maintenance: '#2563eb',
}

export const IMPACT_LABELS: Record<ImpactLevel, string> = {
  major_outage: 'Major outage',
  partial_outage: 'Partial outage',
  degraded_performance: 'Degraded performance',
  unknown: 'Unknown impact',
  none: 'No impact',
}

export function impactTone(impact: ImpactLevel, kind: IncidentKind): BadgeTone {
  if (kind === 'maintenance') return 'blue'
  return (
    {
      major_outage: 'red',
      partial_outage: 'orange',
      degraded_performance: 'amber',
      unknown: 'neutral',
      none: 'neutral',
    } as const
  )[impact]
}
