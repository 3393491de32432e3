import { periodCoverage, type TimeRange } from '../../../core/stats/index'
import type { CoverageLike } from '../../workspace/model/coverage-caption'
import { coverageSpans } from '../../workspace/model/vendor-figures'

/**
 * The parts of `range` a vendor's data does not speak for (core periodCoverage): before its
 * coverage, in its gaps and after its last load. Empty when coverage is not stated at all (null).
 */
export function uncoveredSpans(coverage: CoverageLike | null, range: TimeRange): TimeRange[] {
  if (coverage === null) return []
  const spans = coverageSpans({ ...coverage, gaps: [...coverage.gaps] })
  return periodCoverage(spans, range, range.end).uncovered
}
