import type { ImpactLevel, Incident } from '../../../core/model'
import { excludeComponents } from '../../../core/normalize/exclude-components'
import { dedupeIncidents } from '../../../core/stats/dedupe'
import { resolveSpan, type DurationSource } from '../../../core/stats/resolve-span'
import { affectedComponents } from '../../../core/stats/segments'
import { WHOLE_VENDOR } from '../../../core/stats/index'

export type BarLevel = ImpactLevel | 'maintenance'

/** Draw order, mildest first: the worst bar of an overlap is painted last and hit first. */
export const BAR_LEVELS: readonly BarLevel[] = [
  'none',
  'maintenance',
  'unknown',
  'degraded_performance',
  'partial_outage',
  'major_outage',
]

export interface TimelineBar {
  vendorId: string
  incidentId: string
  title: string
  level: BarLevel
  /** Epoch ms by the chosen duration source. */
  start: number
  /** Null while open: the bar runs to now when drawn. */
  end: number | null
  durationMinutes: number | null
  components: readonly string[]
}

/** One vendor's de-duplicated bars, oldest start first; open ones included, upcoming ones too. */
export interface VendorBars {
  vendorId: string
  bars: TimelineBar[]
}

export interface VendorBarOptions {
  vendorId: string
  durationSource: DurationSource
  excludedComponents: readonly string[]
}

function barLevel(incident: Incident): BarLevel {
  return incident.kind === 'maintenance' ? 'maintenance' : incident.impact
}

/**
 * A vendor's incidents as timeline bars: excluded components left out, duplicates merged, spans by
 * the chosen duration source (as the statistics resolve them). Items with unreadable dates are dropped.
 */
export function buildVendorBars(
  incidents: readonly Incident[],
  options: VendorBarOptions,
): VendorBars {
  const bars: TimelineBar[] = []
  const kept = excludeComponents(incidents, options.excludedComponents)
  for (const incident of dedupeIncidents(kept)) {
    const span = resolveSpan(incident, options.durationSource)
    if (!span) continue
    bars.push({
      vendorId: options.vendorId,
      incidentId: incident.id,
      title: incident.title,
      level: barLevel(incident),
      start: span.start,
      end: span.end,
      durationMinutes: span.durationMinutes,
      components: affectedComponents(incident),
    })
  }
  bars.sort((a, b) => a.start - b.start || a.incidentId.localeCompare(b.incidentId))
  return { vendorId: options.vendorId, bars }
}

export { WHOLE_VENDOR }
