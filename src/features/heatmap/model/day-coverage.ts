import { dayCoverage, type TimeRange } from '../../../core/stats/index'
import type { CoverageLike } from '../../workspace/model/coverage-caption'
import { coverageSpans } from '../../workspace/model/vendor-figures'

/**
 * Share of each UTC day of the range (0–1) a vendor's data speaks for, never past now (core
 * dayCoverage). Coverage not stated at all (null) counts as covered up to now.
 */
export function vendorDayCoverage(
  coverage: CoverageLike | null,
  range: TimeRange,
  now: number,
): Float32Array {
  const spans = coverage === null ? null : coverageSpans({ ...coverage, gaps: [...coverage.gaps] })
  return dayCoverage(spans, range, now)
}
