import type { Coverage } from '../model'
import { parseInstant } from './parse-instant'
import { DAY_MS, MINUTE_MS, toDayString, toIsoString, type TimeRange } from './time-range'

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
  /** Uptime over the covered part of the period only, by the same rule; null when unknown or none. */
  coveredUptimePercent: number | null
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
          'uptimePercent counts the uncovered time as available, coveredUptimePercent leaves it out'
  return {
    from: known.from,
    to: known.to,
    coveredMinutes: coveredMs / MINUTE_MS,
    coveredFraction: fraction,
    partialCoverage: fraction < 1,
    coverageNote: note,
  }
}
