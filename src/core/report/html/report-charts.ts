import type { Coverage, Incident } from '../../model'
import {
  TIMELINE_STATES,
  WHOLE_VENDOR,
  buildVendorTimeline,
  computeDayGrid,
  type DurationSource,
  type TimelineState,
} from '../../stats/index'
import { minutesByState } from '../../stats/integrate'
import { parseInstant } from '../../time/parse-instant'
import { calendarMonths, measuredPart, parsePeriod, type TimeRange } from '../../stats/time-range'
import { DAY_MS } from '../../time/instants'

/** A printed heatmap stays readable: at most this many days (the latest with data) and rows. */
export const HEATMAP_MAX_DAYS = 90
const HEATMAP_MAX_ROWS = 40

export type StateMinutes = Record<TimelineState, number>

export interface HeatmapRow {
  name: string
  /** Minutes per state for each shown day; a state with no minutes is left out. */
  cells: Partial<StateMinutes>[]
}

export interface ReportHeatmap {
  days: string[]
  /** False for a shown day no source spoke for. */
  covered: boolean[]
  rows: HeatmapRow[]
  /** Days in the whole period and component rows left out, for the caption. */
  periodDays: number
  hiddenRows: number
}

export interface ReportMonth {
  label: string
  minutes: StateMinutes
}

/** What the report's charts draw for one vendor; null heatmap when no data covers the period. */
export interface ReportCharts {
  heatmap: ReportHeatmap | null
  months: ReportMonth[]
}

export interface ReportChartsOptions {
  /** The figures' period: YYYY-MM-DD or ISO at 00:00 UTC, `to` exclusive. */
  from: string
  to: string
  /** The instant the figures ran until (open incidents end here). */
  now: string
  durationSource?: DurationSource
  components?: readonly string[]
  /** Spans the sources spoke for; undefined when unknown (every day counts as covered). */
  coverage?: readonly Coverage[]
}

function coverageRanges(
  coverage: readonly Coverage[] | undefined,
  now: number,
): TimeRange[] | null {
  if (coverage === undefined) return null
  return coverage.flatMap((span) => {
    const start = span.from === null ? Number.NaN : parseInstant(span.from)
    const end = Math.min(span.to === null ? now : parseInstant(span.to), now)
    return Number.isFinite(start) && end > start ? [{ start, end }] : []
  })
}

/**
 * The latest ≤ 90 whole days of the period that the data covers (from its first covered day to its
 * last); null when it covers none of the period.
 */
function heatmapWindow(
  period: TimeRange,
  spans: TimeRange[] | null,
  now: number,
): TimeRange | null {
  const reach = spans === null ? now : Math.max(...spans.map((s) => s.end), -Infinity)
  const first = spans === null ? period.start : Math.min(...spans.map((s) => s.start), Infinity)
  const lastMoment = Math.min(period.end, reach)
  if (lastMoment <= period.start || first >= period.end) return null
  const end = Math.min(period.end, Math.ceil(lastMoment / DAY_MS) * DAY_MS)
  const firstDay = Math.floor(first / DAY_MS) * DAY_MS
  return { start: Math.max(period.start, end - HEATMAP_MAX_DAYS * DAY_MS, firstDay), end }
}

const cellOf = (minutes: Record<TimelineState, Float64Array>, day: number) => {
  const cell: Partial<StateMinutes> = {}
  for (const state of TIMELINE_STATES) {
    const value = minutes[state][day] ?? 0
    if (value > 0) cell[state] = value
  }
  return cell
}

const toStateMinutes = (values: Float64Array): StateMinutes =>
  Object.fromEntries(TIMELINE_STATES.map((s, i) => [s, values[i] ?? 0])) as StateMinutes

/**
 * Chart data for the print report: components × days (the period's last 90 days with data) and
 * minutes per state per calendar month, from the same state timeline as the figures.
 */
export function computeReportCharts(
  incidents: readonly Incident[],
  options: ReportChartsOptions,
): ReportCharts {
  const period = parsePeriod(options.from.slice(0, 10), options.to.slice(0, 10))
  const timeline = buildVendorTimeline(incidents, options)
  const months = calendarMonths(period).map((month) => ({
    label: month.label,
    minutes: toStateMinutes(minutesByState(timeline.vendor, measuredPart(month, timeline.now))),
  }))
  const spans = coverageRanges(options.coverage, timeline.now)
  const window = heatmapWindow(period, spans, timeline.now)
  if (!window) return { heatmap: null, months }
  const grid = computeDayGrid(timeline, window)
  const [overall, ...components] = grid.rows
  const single = components.length <= 1
  const rows = (single ? [overall] : grid.rows).flatMap((row) => (row ? [row] : []))
  const named = (name: string | null) =>
    name === null
      ? single
        ? 'Whole vendor'
        : 'All components'
      : name === WHOLE_VENDOR
        ? 'No component named'
        : name
  return {
    heatmap: {
      days: grid.days,
      covered: grid.days.map((_, d) => {
        const day = { start: window.start + d * DAY_MS, end: window.start + (d + 1) * DAY_MS }
        return spans === null || spans.some((s) => s.start < day.end && s.end > day.start)
      }),
      rows: rows.slice(0, HEATMAP_MAX_ROWS).map((row) => ({
        name: named(row.component),
        cells: grid.days.map((_, d) => cellOf(row.minutes, d)),
      })),
      periodDays: Math.round((period.end - period.start) / DAY_MS),
      hiddenRows: Math.max(0, rows.length - HEATMAP_MAX_ROWS),
    },
    months,
  }
}
