import type { TimeRange } from '../../../core/stats/index'
import type { CoverageLike } from '../../workspace/coverage-caption'

/**
 * The parts of `range` a vendor's data does not speak for: before its coverage, in its gaps and
 * after its last load. Empty when coverage is not stated at all (null): nothing can be claimed.
 */
export function uncoveredSpans(coverage: CoverageLike | null, range: TimeRange): TimeRange[] {
  if (coverage === null) return []
  if (!coverage.from || !coverage.to) return [{ ...range }]
  const covered: TimeRange[] = []
  let from = Date.parse(coverage.from)
  for (const gap of [...coverage.gaps].sort((a, b) => a.from.localeCompare(b.from))) {
    covered.push({ start: from, end: Date.parse(gap.from) })
    from = Date.parse(gap.to)
  }
  covered.push({ start: from, end: Date.parse(coverage.to) })
  const holes: TimeRange[] = []
  let cursor = range.start
  for (const span of covered) {
    if (span.end <= cursor) continue
    if (span.start >= range.end) break
    if (span.start > cursor) holes.push({ start: cursor, end: span.start })
    cursor = Math.max(cursor, span.end)
  }
  if (cursor < range.end) holes.push({ start: cursor, end: range.end })
  return holes
}
