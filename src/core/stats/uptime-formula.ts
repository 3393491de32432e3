import { WEIGHT_KEYS, type UptimeMethod } from './methods'
import type { DurationSource } from './resolve-span'
import { MAINTENANCE } from './states'
import {
  byLevel,
  maintenanceDowntime,
  unweightedMinutes,
  weightedMinutes,
  type ImpactWeights,
  type LevelMinutes,
  type MaintenanceMode,
} from './weighted-levels'

export interface MinuteTotals {
  /** Minutes of the period that have happened: [from, min(to, now)). */
  periodMinutes: number
  incidentMinutes: number
  weightedIncidentMinutes: number
  maintenanceMinutes: number
}

/** The incident levels' minutes out of minutes per state (indexed like TIMELINE_STATES). */
export function levelMinutes(byState: Float64Array): LevelMinutes {
  // TIMELINE_STATES begins with the weighted levels, in their order.
  return byLevel((_, state) => byState[state] ?? 0)
}

/** Sums minutes per state (indexed like TIMELINE_STATES) into the unweighted and weighted totals. */
export function totalMinutes(
  byState: Float64Array,
  weights: ImpactWeights,
  periodMinutes: number,
): MinuteTotals {
  const byLevel = levelMinutes(byState)
  return {
    periodMinutes,
    incidentMinutes: unweightedMinutes(byLevel),
    weightedIncidentMinutes: weightedMinutes(byLevel, weights),
    maintenanceMinutes: byState[MAINTENANCE] ?? 0,
  }
}

/**
 * exclude: 100 × (1 − weighted ÷ (period − maintenance)); up: 100 × (1 − weighted ÷ period);
 * down: 100 × (1 − (weighted + maintenance) ÷ period). Null when no minutes are left to measure.
 */
export function computeUptimePercent(totals: MinuteTotals, mode: MaintenanceMode): number | null {
  const { periodMinutes, weightedIncidentMinutes, maintenanceMinutes } = totals
  const denominator = mode === 'exclude' ? periodMinutes - maintenanceMinutes : periodMinutes
  const downtime = weightedIncidentMinutes + maintenanceDowntime(maintenanceMinutes, mode)
  if (denominator <= 0) return null
  return 100 * (1 - downtime / denominator)
}

const MODE_WORDS: Record<MaintenanceMode, string> = {
  exclude: 'maintenance excluded',
  up: 'maintenance counts as up',
  down: 'maintenance counts as down',
}

const SOURCE_WORDS: Record<DurationSource, string> = {
  declared: 'durations as declared',
  timeline: 'durations from published updates (as declared where the updates give none)',
}

/** The human-readable rule printed next to every figure. */
export function describeFormula(
  method: UptimeMethod,
  mode: MaintenanceMode,
  source: DurationSource,
): string {
  const weighted = WEIGHT_KEYS.map(([short, key]) => `${method.weights[key]}·${short}`).join(' + ')
  const downtime = mode === 'down' ? `${weighted} + 1·maintenance` : weighted
  const denominator = mode === 'exclude' ? '(covered time − maintenance)' : 'covered time'
  return [
    `${method.name} method: uptime = 100 × (1 − (${downtime}) ÷ ${denominator})`,
    'over the part of the period the data covers',
    MODE_WORDS[mode],
    SOURCE_WORDS[source],
    'overlapping incidents counted once at the worst level',
  ].join('; ')
}
