import { WEIGHTED_LEVELS, type ImpactWeights, type WeightedLevel } from './weighted-levels'

export type { ImpactWeights } from './weighted-levels'

export const METHOD_PRESETS = [
  {
    name: 'statuspage',
    weights: { major_outage: 1, partial_outage: 0.3, degraded_performance: 0, unknown: 0.3 },
  },
  {
    name: 'incidentio',
    weights: { major_outage: 1, partial_outage: 1, degraded_performance: 0, unknown: 1 },
  },
  {
    name: 'strict',
    weights: { major_outage: 1, partial_outage: 1, degraded_performance: 1, unknown: 1 },
  },
] as const satisfies readonly { name: string; weights: ImpactWeights }[]

export type PresetMethodName = (typeof METHOD_PRESETS)[number]['name']
export const METHOD_NAMES = ['statuspage', 'incidentio', 'strict', 'custom'] as const
export type MethodName = (typeof METHOD_NAMES)[number]

export interface UptimeMethod {
  name: MethodName
  weights: ImpactWeights
}

export const DEFAULT_METHOD_NAME: PresetMethodName = 'statuspage'

const SHORT_NAMES = {
  major_outage: 'major',
  partial_outage: 'partial',
  degraded_performance: 'degraded',
  unknown: 'unknown',
} as const satisfies Record<WeightedLevel, string>

/** Short names used by the CLI syntax and the formula, in formula order. */
export const WEIGHT_KEYS = WEIGHTED_LEVELS.map((level) => [SHORT_NAMES[level], level] as const)

export function presetMethod(name: PresetMethodName): UptimeMethod {
  const preset = METHOD_PRESETS.find((candidate) => candidate.name === name)
  if (!preset) throw new RangeError(`Unknown uptime method "${name}"`)
  return { name: preset.name, weights: { ...preset.weights } }
}

/** Throws a RangeError unless every weight is a number from 0 to 1. */
export function assertValidWeights(weights: ImpactWeights): void {
  for (const [short, key] of WEIGHT_KEYS) {
    const value = weights[key]
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
      throw new RangeError(`Weight for ${short} must be a number from 0 to 1, got ${String(value)}`)
    }
  }
}
