import type { Coverage } from '../model'
import { parseInstant } from '../time/parse-instant'
import { toDayString, toIsoString, type TimeRange } from './time-range'
import { DAY_MS, MINUTE_MS } from '../time/instants'

export type CoverageInput = Coverage | readonly Coverage[] | null | undefined

export interface CoverageReport {
  /** Earliest and latest instant any source speaks for (ISO UTC); null when unknown or none. */
  from: string | null
  to: string | null
  /** Minutes of the period the data speaks for; null when no source states its coverage. */
  coveredMinutes: number | null
  /** coveredMinutes ÷ period minutes, 0–1; null when unknown. */
  coveredFraction: number | null
  /** True when the data is known to leave part of the period uncovered. */
  partialCoverage: boolean
  /** Says what the data covers when it is not the whole period, e.g. "data covers 2025-06-26 onward". */
  coverageNote: string | null
  /** Uptime over the covered part of the period (equal to uptimePercent); null when unknown or none. */
  coveredUptimePercent: number | null
}

/** What a vendor's data speaks for within one period, measured up to now. */
export interface PeriodCoverage {
  /** 0–1 of the period up to now; null when no source states its coverage. */
  fraction: number | null
  coveredMinutes: number | null
  /** The covered parts of the period, and the rest of it (empty when coverage is unknown). */
  covered: TimeRange[]
  uncovered: TimeRange[]
}

/** The parts of the range outside the sorted, disjoint windows. */
export function complementWindows(windows: readonly TimeRange[], range: TimeRange): TimeRange[] {
  const holes: TimeRange[] = []
  let cursor = range.start
  for (const window of clipWindows(windows, range)) {
    if (window.start > cursor) holes.push({ start: cursor, end: window.start })
    cursor = Math.max(cursor, window.end)
  }
  if (cursor < range.end) holes.push({ start: cursor, end: range.end })
  return holes
}

/**
 * The one coverage rule: the share of [start, min(end, now)) that the sources speak for, with its
 * covered and uncovered spans. Every view, export and the CLI take coverage from here.
 */
export function periodCoverage(
  input: CoverageInput,
  range: TimeRange,
  now: number,
): PeriodCoverage {
  const measured = { start: range.start, end: Math.max(range.start, Math.min(range.end, now)) }
  const known = coverageWindows(input, now)
  if (known === null) return { fraction: null, coveredMinutes: null, covered: [], uncovered: [] }
  const covered = clipWindows(known.windows, measured)
  const coveredMs = covered.reduce((sum, window) => sum + window.end - window.start, 0)
  const length = measured.end - measured.start
  return {
    fraction: length > 0 ? coveredMs / length : 0,
    coveredMinutes: coveredMs / MINUTE_MS,
    covered,
    uncovered: complementWindows(known.windows, measured),
  }
}

/** The merged windows the sources speak for, with their earliest and latest instants. */
export interface KnownCoverage {
  windows: TimeRange[]
  from: string | null
  to: string | null
}

/**
 * Merges the sources' windows. A source with `from: null` speaks for nothing; `to: null` means up to
 * now, and no window reaches past now. Null when no coverage is stated at all.
 */
export function coverageWindows(input: CoverageInput, now: number): KnownCoverage | null {
  if (input === null || input === undefined) return null
  const sources: readonly Coverage[] = Array.isArray(input) ? input : [input as Coverage]
  const windows = sources
    .filter((source) => source.from !== null)
    .map((source) => ({
      start: parseInstant(source.from ?? ''),
      end: Math.min(source.to === null ? now : parseInstant(source.to), now),
    }))
    .filter((window) => Number.isFinite(window.start) && window.end > window.start)
    .sort((a, b) => a.start - b.start)
  const merged: TimeRange[] = []
  for (const window of windows) {
    const last = merged.at(-1)
    if (last && window.start <= last.end) last.end = Math.max(last.end, window.end)
    else merged.push({ ...window })
  }
  const first = merged[0]
  const last = merged.at(-1)
  return {
    windows: merged,
    from: first ? toIsoString(first.start) : null,
    to: last ? toIsoString(last.end) : null,
  }
}

/** The windows' parts inside the range. */
export function clipWindows(windows: readonly TimeRange[], range: TimeRange): TimeRange[] {
  return windows
    .map((window) => ({
      start: Math.max(window.start, range.start),
      end: Math.min(window.end, range.end),
    }))
    .filter((window) => window.end > window.start)
}

function describeWindow(window: TimeRange, range: TimeRange): string {
  const from = window.start > range.start ? toDayString(window.start) : null
  if (window.end >= range.end) return from ? `${from} onward` : 'the whole period'
  const until =
    window.end % DAY_MS === 0
      ? toDayString(window.end)
      : `${toIsoString(window.end).slice(0, 16).replace('T', ' ')} UTC`
  return from ? `${from} to ${until}` : `until ${until}`
}

/** The coverage part of a period's report; coveredUptimePercent is filled in by the caller. */
export function describeCoverage(
  known: KnownCoverage | null,
  range: TimeRange,
): Omit<CoverageReport, 'coveredUptimePercent'> {
  if (known === null) {
    return {
      from: null,
      to: null,
      coveredMinutes: null,
      coveredFraction: null,
      partialCoverage: false,
      coverageNote:
        'coverage not stated by the sources; uptime assumes the data speaks for the whole period',
    }
  }
  const inside = clipWindows(known.windows, range)
  const coveredMs = inside.reduce((sum, window) => sum + window.end - window.start, 0)
  const fraction = range.end > range.start ? coveredMs / (range.end - range.start) : 0
  const percent = `${(fraction * 100).toFixed(1)} % of the period`
  const note =
    fraction >= 1
      ? null
      : inside.length === 0
        ? 'no data covers this period, so it has no uptime'
        : `data covers ${inside.map((window) => describeWindow(window, range)).join(', ')} (${percent}); ` +
          'uptime is computed over the covered part only'
  return {
    from: known.from,
    to: known.to,
    coveredMinutes: coveredMs / MINUTE_MS,
    coveredFraction: fraction,
    partialCoverage: fraction < 1,
    coverageNote: note,
  }
}
