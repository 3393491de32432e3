import { WEIGHT_KEYS, type ImpactWeights, type UptimeMethod } from './methods'
import type { DurationSource } from './resolve-span'
import { INCIDENT_STATE_COUNT, MAINTENANCE, TIMELINE_STATES } from './states'

export const MAINTENANCE_MODES = ['exclude', 'up', 'down'] as const
export type MaintenanceMode = (typeof MAINTENANCE_MODES)[number]

export interface MinuteTotals {
  /** Minutes of the period that have happened: [from, min(to, now)). */
  periodMinutes: number
  incidentMinutes: number
  weightedIncidentMinutes: number
  maintenanceMinutes: number
}

/** Sums minutes per state (indexed like TIMELINE_STATES) into the unweighted and weighted totals. */
export function totalMinutes(
  byState: Float64Array,
  weights: ImpactWeights,
  periodMinutes: number,
): MinuteTotals {
  let incidentMinutes = 0
  let weightedIncidentMinutes = 0
  for (let state = 0; state < INCIDENT_STATE_COUNT; state += 1) {
    const minutes = byState[state] ?? 0
    incidentMinutes += minutes
    weightedIncidentMinutes += minutes * weights[TIMELINE_STATES[state] as keyof ImpactWeights]
  }
  const maintenanceMinutes = byState[MAINTENANCE] ?? 0
  return { periodMinutes, incidentMinutes, weightedIncidentMinutes, maintenanceMinutes }
}

/**
 * exclude: 100 × (1 − weighted ÷ (period − maintenance)); up: 100 × (1 − weighted ÷ period);
 * down: 100 × (1 − (weighted + maintenance) ÷ period). Null when no minutes are left to measure.
 */
export function computeUptimePercent(totals: MinuteTotals, mode: MaintenanceMode): number | null {
  const { periodMinutes, weightedIncidentMinutes, maintenanceMinutes } = totals
  const denominator = mode === 'exclude' ? periodMinutes - maintenanceMinutes : periodMinutes
  const downtime = weightedIncidentMinutes + (mode === 'down' ? maintenanceMinutes : 0)
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
