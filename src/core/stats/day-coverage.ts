import { coverageWindows, type CoverageInput } from './coverage'
import { type TimeRange } from './time-range'
import { DAY_MS } from '../time/instants'

/**
 * Share of each UTC day of the range (0–1) that the sources speak for, by the same windows as
 * periodCoverage. Unstated coverage (null) is taken at its word: every day up to now counts.
 */
export function dayCoverage(input: CoverageInput, range: TimeRange, now: number): Float32Array {
  const days = Math.ceil((range.end - range.start) / DAY_MS)
  const covered = new Float32Array(days)
  const known = coverageWindows(input, now)
  const windows = known === null ? [{ start: range.start, end: now }] : known.windows
  for (const window of windows) {
    const from = Math.max(window.start, range.start)
    const to = Math.min(window.end, range.end)
    for (let at = from; at < to;) {
      const day = Math.floor((at - range.start) / DAY_MS)
      const dayEnd = Math.min(range.start + (day + 1) * DAY_MS, to)
      covered[day] = (covered[day] ?? 0) + (dayEnd - at) / DAY_MS
      at = dayEnd
    }
  }
  return covered
}
