import type { TimeRange } from '../../../core/stats/index'

const DAY_MS = 86_400_000

interface CoverageLike {
  from: string | null
  to: string | null
  gaps: readonly { from: string; to: string }[]
}

/** The spans a vendor's data speaks for, never past now; null coverage (not stated): up to now. */
export function coveredSpans(coverage: CoverageLike | null, now: number): TimeRange[] {
  if (coverage === null) return [{ start: -Infinity, end: now }]
  if (!coverage.from || !coverage.to) return []
  const spans: TimeRange[] = []
  let start = Date.parse(coverage.from)
  for (const gap of [...coverage.gaps].sort((a, b) => a.from.localeCompare(b.from))) {
    spans.push({ start, end: Date.parse(gap.from) })
    start = Date.parse(gap.to)
  }
  spans.push({ start, end: Date.parse(coverage.to) })
  return spans
    .map((span) => ({ start: span.start, end: Math.min(span.end, now) }))
    .filter((span) => span.end > span.start)
}

/** Share of each UTC day of the range (0–1) that the spans cover. */
export function dayCoverage(spans: readonly TimeRange[], range: TimeRange): Float32Array {
  const days = Math.ceil((range.end - range.start) / DAY_MS)
  const covered = new Float32Array(days)
  for (const span of spans) {
    const from = Math.max(span.start, range.start)
    const to = Math.min(span.end, range.end)
    for (let at = from; at < to;) {
      const day = Math.floor((at - range.start) / DAY_MS)
      const dayEnd = Math.min(range.start + (day + 1) * DAY_MS, to)
      covered[day] = (covered[day] ?? 0) + (dayEnd - at) / DAY_MS
      at = dayEnd
    }
  }
  return covered
}
