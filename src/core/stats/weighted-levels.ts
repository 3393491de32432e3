import type { ImpactLevel } from '../model'

/** The incident levels a method weighs, worst first: the order of the formula and the stacks. */
export const WEIGHTED_LEVELS = [
  'major_outage',
  'partial_outage',
  'degraded_performance',
  'unknown',
] as const satisfies readonly ImpactLevel[]
export type WeightedLevel = (typeof WEIGHTED_LEVELS)[number]

/** Weight of each incident level: the share of the time in that level that counts as downtime. */
export type ImpactWeights = Record<WeightedLevel, number>

/** Minutes spent in each incident level. */
export type LevelMinutes = Record<WeightedLevel, number>

/** How maintenance time enters uptime: left out of the period, counted as up, or as down. */
export const MAINTENANCE_MODES = ['exclude', 'up', 'down'] as const
export type MaintenanceMode = (typeof MAINTENANCE_MODES)[number]

// The helpers below spell the levels out, not loop: the heatmap calls them once per cell (3× faster).
// Their tests tie them to WEIGHTED_LEVELS.

/** One number per level, in level order: `byLevel(() => 0)`, or a level's minutes picked from a row. */
export function byLevel(valueOf: (level: WeightedLevel, index: number) => number): LevelMinutes {
  return {
    major_outage: valueOf('major_outage', 0),
    partial_outage: valueOf('partial_outage', 1),
    degraded_performance: valueOf('degraded_performance', 2),
    unknown: valueOf('unknown', 3),
  }
}

/** Minutes in any incident level, whatever the weights. */
export function unweightedMinutes(minutesByLevel: Readonly<LevelMinutes>): number {
  return (
    minutesByLevel.major_outage +
    minutesByLevel.partial_outage +
    minutesByLevel.degraded_performance +
    minutesByLevel.unknown
  )
}

/** The incident minutes that count as downtime: each level's minutes × its weight, summed. */
export function weightedMinutes(
  minutesByLevel: Readonly<LevelMinutes>,
  weights: Readonly<ImpactWeights>,
): number {
  return (
    minutesByLevel.major_outage * weights.major_outage +
    minutesByLevel.partial_outage * weights.partial_outage +
    minutesByLevel.degraded_performance * weights.degraded_performance +
    minutesByLevel.unknown * weights.unknown
  )
}

/** Maintenance minutes that count as downtime: all of them when maintenance counts as down. */
export function maintenanceDowntime(maintenanceMinutes: number, mode: MaintenanceMode): number {
  return mode === 'down' ? maintenanceMinutes : 0
}
