/** Below `below` percent uptime the vendor owes `creditPercent` of the fee. */
export interface CreditTier {
  below: number
  creditPercent: number
}

export const DEFAULT_SLA_TARGET = 99.9

/** Below this share of the period covered (percent), no verdict or credit is given. */
export const DEFAULT_MIN_COVERAGE = 90

export const DEFAULT_CREDIT_TIERS = [
  { below: 99.9, creditPercent: 10 },
  { below: 99.0, creditPercent: 25 },
  { below: 95.0, creditPercent: 100 },
] as const satisfies readonly CreditTier[]

export const SLA_STATUSES = ['met', 'breached', 'insufficient_data', 'no_data'] as const
export type SlaStatus = (typeof SLA_STATUSES)[number]

export interface SlaVerdict {
  target: number
  status: SlaStatus
  /** Credit of the most severe tier the uptime falls below; 0 when none applies. */
  creditPercent: number
  creditTier: CreditTier | null
  /** 0–1 share of the period the figure covers; null when the sources do not state it. */
  coveredFraction: number | null
}

/** Float rounding (99.9 computed as 99.89999999999999) must never flip a verdict. */
const TOLERANCE = 1e-9

/** Throws a RangeError unless the target and every tier are percentages in (0, 100] / [0, 100]. */
export function assertValidSla(target: number, tiers: readonly CreditTier[]): void {
  if (!(target > 0 && target <= 100)) {
    throw new RangeError(`SLA target must be above 0 and at most 100, got ${target}`)
  }
  for (const tier of tiers) {
    if (!(
      tier.below > 0 &&
      tier.below <= 100 &&
      tier.creditPercent >= 0 &&
      tier.creditPercent <= 100
    )) {
      throw new RangeError(
        `Credit tier below ${tier.below} % → ${tier.creditPercent} % is out of range`,
      )
    }
  }
}

/**
 * Met when uptime ≥ target. A breach earns the credit of the lowest threshold the uptime is below;
 * a met target earns none, whatever the tiers say (a 99.5 % target met at 99.8 % owes nothing).
 */
export function evaluateSla(
  uptimePercent: number | null,
  target: number,
  tiers: readonly CreditTier[],
): SlaVerdict {
  if (uptimePercent === null)
    return { target, status: 'no_data', creditPercent: 0, creditTier: null, coveredFraction: null }
  let creditTier: CreditTier | null = null
  for (const tier of tiers) {
    const applies = uptimePercent < tier.below - TOLERANCE
    if (applies && (creditTier === null || tier.below < creditTier.below)) creditTier = tier
  }
  const met = uptimePercent >= target - TOLERANCE
  if (met) creditTier = null
  return {
    target,
    status: met ? 'met' : 'breached',
    creditPercent: creditTier?.creditPercent ?? 0,
    creditTier: creditTier === null ? null : { ...creditTier },
    coveredFraction: null,
  }
}

export interface VerdictPolicy {
  target: number
  creditTiers: readonly CreditTier[]
  /** Percent of the period that must be covered for a verdict. */
  minCoverage: number
}

/**
 * The one verdict rule: no data → no_data; covered below minCoverage → insufficient_data (no
 * credit); otherwise met or breached on the uptime over the covered part. Unstated coverage is
 * taken at the sources' word (the whole period).
 */
export function figureVerdict(
  uptimePercent: number | null,
  coveredFraction: number | null,
  policy: VerdictPolicy,
): SlaVerdict {
  const { target, creditTiers, minCoverage } = policy
  if (uptimePercent === null || coveredFraction === 0) {
    return { target, status: 'no_data', creditPercent: 0, creditTier: null, coveredFraction }
  }
  if (coveredFraction !== null && coveredFraction * 100 < minCoverage - TOLERANCE) {
    return {
      target,
      status: 'insufficient_data',
      creditPercent: 0,
      creditTier: null,
      coveredFraction,
    }
  }
  return { ...evaluateSla(uptimePercent, target, creditTiers), coveredFraction }
}

/** Throws a RangeError unless the threshold is a percentage in [0, 100]. */
export function assertValidMinCoverage(minCoverage: number): void {
  if (!(minCoverage >= 0 && minCoverage <= 100)) {
    throw new RangeError(`Minimum coverage must be 0–100 %, got ${minCoverage}`)
  }
}
