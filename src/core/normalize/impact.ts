import type { ImpactLevel } from '../model'

const PARTIAL = /\bpartial(ly)?\b/i
const MAJOR = /\b(outages?|down|unavailable|not available|inaccessible)\b/i
const DEGRADED =
  /\b(degraded|degradation|delay|delays|delayed|slow|slowness|latency|elevated|intermittent|intermittently)\b/i

/**
 * Impact from an incident title when the source gives none; callers mark it inferred.
 * @example inferImpactFromTitle('Partial outage of API') === 'partial_outage'
 * @example inferImpactFromTitle('Platform outage') === 'major_outage'
 * @example inferImpactFromTitle('Elevated error rates') === 'degraded_performance'
 */
export function inferImpactFromTitle(title: string): ImpactLevel {
  if (PARTIAL.test(title)) return 'partial_outage'
  if (MAJOR.test(title)) return 'major_outage'
  if (DEGRADED.test(title)) return 'degraded_performance'
  return 'unknown'
}

/** Statuspage JSON `impact` (none/minor/major/critical) to our levels. */
export function impactFromStatuspage(impact: unknown): ImpactLevel | null {
  switch (impact) {
    case 'critical':
      return 'major_outage'
    case 'major':
      return 'partial_outage'
    case 'minor':
      return 'degraded_performance'
    case 'none':
      return 'none'
    default:
      return null
  }
}
