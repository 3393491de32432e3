import type { ImpactLevel, IncidentKind } from '../../core/model'
import type { BadgeTone } from './badge'

/**
 * The one palette: a colour per level everywhere (tables, timelines, heatmaps, bars, exports),
 * chosen to stay apart under deuteranopia and protanopia as well (impact-style.test.ts simulates
 * both and checks every pair). Levels also differ in lightness, so they read in grey too.
 */
export const IMPACT_COLORS: Record<ImpactLevel | 'maintenance' | 'operational', string> = {
  major_outage: '#99142b',
  partial_outage: '#e66100',
  degraded_performance: '#f5c710',
  unknown: '#a77bca',
  none: '#d4d4d4',
  maintenance: '#1b64c4',
  operational: '#0f9d76',
}

/** "No data" is drawn in this grey (hatched where it can be), never in a level's colour. */
export const NO_DATA_COLOR = '#94a3b8'

/** Heatmap steps of weighted downtime per day, light to dark, each apart from its neighbours. */
export const HEATMAP_STEP_COLORS = [
  IMPACT_COLORS.operational,
  '#a6d4e6',
  '#f5c710',
  '#e66100',
  '#b3132e',
  '#4a0817',
] as const

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
