import type { Interval, VendorCoverage } from './archive-types'

interface Span {
  start: number
  end: number
}

function toSpans(intervals: readonly Interval[]): Span[] {
  return intervals
    .map((interval) => ({ start: Date.parse(interval.from), end: Date.parse(interval.to) }))
    .filter((span) => Number.isFinite(span.start) && Number.isFinite(span.end))
    .filter((span) => span.end > span.start)
}

function toInterval(span: Span): Interval {
  return { from: new Date(span.start).toISOString(), to: new Date(span.end).toISOString() }
}

/** Sorts intervals and joins those that overlap or touch; empty and unreadable ones are dropped. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const spans = toSpans(intervals).sort((a, b) => a.start - b.start)
  const merged: Span[] = []
  for (const span of spans) {
    const last = merged.at(-1)
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({ ...span })
  }
  return merged.map(toInterval)
}

/** The union of every source's intervals, with the holes between them. */
export function describeVendorCoverage(
  perSource: readonly (readonly Interval[])[],
): VendorCoverage {
  const union = mergeIntervals(perSource.flat())
  const first = union[0]
  const last = union.at(-1)
  if (!first || !last) return { from: null, to: null, gaps: [] }
  const gaps = union.slice(1).map((interval, index) => ({
    from: union[index]?.to ?? interval.from,
    to: interval.from,
  }))
  return { from: first.from, to: last.to, gaps }
}
