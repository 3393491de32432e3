import type { ImpactLevel } from '../model'
import { stateMinutesInto } from './integrate'
import { STATE_COUNT } from './states'
import type { ImpactWeights } from './methods'
import type { StateTimeline } from './sweep'
import type { TimelineItem } from './timeline'
import { measuredPart, type TimeRange } from './time-range'
import { computeUptimePercent, totalMinutes, type MinuteTotals } from './uptime-formula'
import type { MaintenanceMode } from './weighted-levels'
import { MINUTE_MS } from '../time/instants'
import { tallyItems, type Tally } from './period-tally'

export interface PeriodFigures extends MinuteTotals {
  incidentCount: number
  maintenanceCount: number
  /** Null when no minutes are left to measure (or, in a summary, when no data covers the period). */
  uptimePercent: number | null
  /** Mean duration of resolved incidents starting in the period; null when there are none. */
  mttrMinutes: number | null
  /** Full duration of the longest incident counted in the period; null when there are none. */
  longestIncidentMinutes: number | null
  countsByImpact: Record<ImpactLevel, number>
}

export interface FigurePolicy {
  weights: ImpactWeights
  maintenanceMode: MaintenanceMode
}

/**
 * Figures for sorted, disjoint periods in one pass over the items (each touches only the periods it
 * reaches). Minutes come from the state timeline and count only the part of a period up to now;
 * open items stop at `openUntil` (the vendor's data end, never after now).
 */
export function computePeriodFigures(
  timeline: StateTimeline,
  items: readonly TimelineItem[],
  ranges: readonly TimeRange[],
  policy: FigurePolicy,
  now: number,
  openUntil = now,
): PeriodFigures[] {
  const tallies = tallyItems(items, ranges, Math.min(openUntil, now))
  const byState = new Float64Array(STATE_COUNT)
  return ranges.map((range, index) => {
    const tally = tallies[index] as Tally
    const { start, end } = measuredPart(range, now)
    const periodMinutes = (end - start) / MINUTE_MS
    const totals = totalMinutes(
      stateMinutesInto(timeline, start, end, byState),
      policy.weights,
      periodMinutes,
    )
    return {
      periodMinutes,
      incidentCount: tally.incidentCount,
      maintenanceCount: tally.maintenanceCount,
      incidentMinutes: totals.incidentMinutes,
      weightedIncidentMinutes: totals.weightedIncidentMinutes,
      maintenanceMinutes: totals.maintenanceMinutes,
      uptimePercent: computeUptimePercent(totals, policy.maintenanceMode),
      mttrMinutes: tally.repaired === 0 ? null : tally.repairedMs / tally.repaired / MINUTE_MS,
      longestIncidentMinutes: tally.longest,
      countsByImpact: tally.countsByImpact,
    }
  })
}
