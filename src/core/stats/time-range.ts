import { daysIn } from '../time/parse-instant'
import { DAY_MS } from '../time/instants'
import { formatIsoUtc } from '../time/format-iso'

/** Half-open [start, end) in epoch milliseconds. */
export interface TimeRange {
  start: number
  end: number
}

export interface LabeledRange extends TimeRange {
  /** `2025-06` for a month, `2025-Q3` for a quarter, the Monday's date for a week. */
  label: string
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/

/** Reads a period bound: `YYYY-MM-DD`, or an ISO instant that falls on 00:00 UTC. */
export function parseDayBound(value: string, name: string): number {
  const ms = Date.parse(DAY_PATTERN.test(value) ? `${value}T00:00:00Z` : value)
  if (!Number.isFinite(ms)) throw new RangeError(`${name} is not a date: "${value}"`)
  if (ms % DAY_MS !== 0) throw new RangeError(`${name} must fall on 00:00 UTC: "${value}"`)
  return ms
}

/** The part of a range that has happened: [start, min(end, now)), empty when it starts after now. */
export function measuredPart(range: TimeRange, now: number): TimeRange {
  return { start: range.start, end: Math.max(range.start, Math.min(range.end, now)) }
}

export function parsePeriod(from: string, to: string): TimeRange {
  const range = { start: parseDayBound(from, 'from'), end: parseDayBound(to, 'to') }
  if (range.end <= range.start) throw new RangeError(`The period must end after it starts`)
  return range
}

export function toIsoString(ms: number): string {
  return formatIsoUtc(ms) ?? new Date(ms).toISOString()
}

export function toDayString(ms: number): string {
  return toIsoString(ms).slice(0, 10)
}

function startOfMonth(ms: number, monthOffset = 0): number {
  const date = new Date(ms)
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + monthOffset, 1)
}

/** Cuts a range at boundaries; each piece is clipped to the range. */
function splitRange(
  range: TimeRange,
  firstBoundary: number,
  next: (boundary: number) => number,
  label: (boundary: number) => string,
): LabeledRange[] {
  const pieces: LabeledRange[] = []
  for (let boundary = firstBoundary; boundary < range.end; boundary = next(boundary)) {
    const end = Math.min(next(boundary), range.end)
    if (end > range.start) {
      pieces.push({ start: Math.max(boundary, range.start), end, label: label(boundary) })
    }
  }
  return pieces
}

export function calendarMonths(range: TimeRange): LabeledRange[] {
  return splitRange(
    range,
    startOfMonth(range.start),
    (boundary) => startOfMonth(boundary, 1),
    (boundary) => toDayString(boundary).slice(0, 7),
  )
}

export function calendarQuarters(range: TimeRange): LabeledRange[] {
  const first = new Date(range.start)
  const firstQuarter = Date.UTC(
    first.getUTCFullYear(),
    first.getUTCMonth() - (first.getUTCMonth() % 3),
    1,
  )
  return splitRange(
    range,
    firstQuarter,
    (boundary) => startOfMonth(boundary, 3),
    (boundary) => {
      const date = new Date(boundary)
      return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`
    },
  )
}

/** Weeks from Monday 00:00 UTC, labelled by that Monday's date. */
export function calendarWeeks(range: TimeRange): LabeledRange[] {
  const weekday = (new Date(range.start).getUTCDay() + 6) % 7
  const firstMonday = range.start - (range.start % DAY_MS) - weekday * DAY_MS
  return splitRange(range, firstMonday, (boundary) => boundary + 7 * DAY_MS, toDayString)
}

/** `YYYY-MM-DD` of `count` consecutive UTC days from `start`, without a Date per day. */
export function dayLabels(start: number, count: number): string[] {
  const first = new Date(start)
  let [year, month, day] = [first.getUTCFullYear(), first.getUTCMonth() + 1, first.getUTCDate()]
  const labels: string[] = []
  for (let index = 0; index < count; index += 1) {
    labels.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)
    day += 1
    if (day > daysIn(year, month)) [day, month] = [1, month + 1]
    if (month > 12) [month, year] = [1, year + 1]
  }
  return labels
}
