import {
  DEFAULT_METHOD_NAME,
  assertValidWeights,
  presetMethod,
  type PresetMethodName,
  type UptimeMethod,
} from './methods'
import type { FigurePolicy } from './period-figures'
import type { DurationSource } from './resolve-span'
import {
  DEFAULT_CREDIT_TIERS,
  DEFAULT_MIN_COVERAGE,
  DEFAULT_SLA_TARGET,
  assertValidMinCoverage,
  assertValidSla,
  type CreditTier,
} from './sla'
import { describeFormula } from './uptime-formula'
import type { MaintenanceMode } from './weighted-levels'

export interface PolicyOptions {
  /** A preset name or a method with weights; default statuspage. */
  method?: UptimeMethod | PresetMethodName
  /** Default exclude. */
  maintenanceMode?: MaintenanceMode
  /** Default declared. */
  durationSource?: DurationSource
  /** SLA target in percent; default 99.9. */
  target?: number
  /** Default: < 99.9 % → 10 %, < 99.0 % → 25 %, < 95.0 % → 100 %. */
  creditTiers?: readonly CreditTier[]
  /** Percent of a period that must be covered for an SLA verdict; default 90. */
  minCoverage?: number
}

export interface StatsPolicy extends FigurePolicy {
  method: UptimeMethod
  durationSource: DurationSource
  target: number
  creditTiers: readonly CreditTier[]
  minCoverage: number
  formula: string
}

/** Fills in the defaults and checks weights, target and tiers (RangeError on bad values). */
export function resolveStatsPolicy(options: PolicyOptions): StatsPolicy {
  const requested = options.method ?? DEFAULT_METHOD_NAME
  const method =
    typeof requested === 'string'
      ? presetMethod(requested)
      : { name: requested.name, weights: { ...requested.weights } }
  assertValidWeights(method.weights)
  const maintenanceMode = options.maintenanceMode ?? 'exclude'
  const durationSource = options.durationSource ?? 'declared'
  const target = options.target ?? DEFAULT_SLA_TARGET
  const creditTiers = options.creditTiers ?? DEFAULT_CREDIT_TIERS
  assertValidSla(target, creditTiers)
  const minCoverage = options.minCoverage ?? DEFAULT_MIN_COVERAGE
  assertValidMinCoverage(minCoverage)
  return {
    method,
    weights: method.weights,
    maintenanceMode,
    durationSource,
    target,
    creditTiers,
    minCoverage,
    formula: describeFormula(method, maintenanceMode, durationSource),
  }
}
