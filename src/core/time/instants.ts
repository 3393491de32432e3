import { formatIsoUtc } from './format-iso'
import { canonicalInstantMs, daysIn, daysSinceEpoch } from './parse-instant'
import { zoneOffsetMinutes } from './zones'

export const MINUTE_MS = 60_000
export const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

/** ISO 8601 UTC, with milliseconds only when there are any. */
export function toIsoUtc(ms: number): string {
  const iso = formatIsoUtc(ms, true)
  if (iso !== null) return iso
  const dated = new Date(ms).toISOString()
  return dated.endsWith('.000Z') ? `${dated.slice(0, -5)}Z` : dated
}

export interface DatedInstant {
  ms: number
  /** The offset the text was written in, minutes east of UTC. */
  offsetMinutes: number
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})$/i
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
// "Mon, 16 Mar 2026 05:00:00 +0000", "Fri, 23 Aug 2019 04:18:35 PDT", "... 01:09:00 Z"
const RFC822 =
  /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]{1,5}|[+-]\d{4}|GMT[+-]\d{1,4})?$/
// JavaScript Date.toString(): "Sat Jun 11 2022 18:55:50 GMT+0000 (Coordinated Universal Time)"
const DATE_TO_STRING =
  /^[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s+GMT([+-]\d{4})/

export function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase())
}

function numericOffset(text: string): number | null {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(text)
  if (!match) return zoneOffsetMinutes(text)
  const minutes = Number(match[2]) * 60 + Number(match[3])
  return match[1] === '-' ? -minutes : minutes
}

/** Days in a month (0-based) of a Gregorian year: Feb 29 exists only in leap years. */
export function daysInMonth(year: number, month: number): number {
  return Number.isInteger(month) ? daysIn(year, month + 1) : 0
}

/**
 * Epoch milliseconds of a UTC wall clock, or null when the date does not exist: "Feb 30" is refused,
 * never rolled into March, and year 0000 is refused instead of read as 1900 (Date.UTC's 0–99 rule).
 */
export function utcWallMs(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null
  if (!(month >= 0 && month <= 11) || !(day >= 1 && day <= daysInMonth(year, month))) return null
  if (hour > 23 || minute > 59 || second > 60) return null
  // Whole, in-range fields (the stamps' digits) by arithmetic; Date for what it would truncate.
  const whole =
    Number.isInteger(hour) &&
    Number.isInteger(minute) &&
    Number.isInteger(day) &&
    hour >= 0 &&
    minute >= 0
  if (whole)
    return (
      daysSinceEpoch(year, month + 1, day) * DAY_MS +
      hour * HOUR_MS +
      minute * MINUTE_MS +
      second * 1000
    )
  const date = new Date(Date.UTC(2000, month, day, hour, minute))
  date.setUTCFullYear(year, month, day)
  // Seconds added last, so a leap second (:60) runs into the next minute, never back a day.
  return date.getTime() + second * 1000
}

function fromParts(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  offset: number,
): DatedInstant | null {
  const wall = utcWallMs(y, mo, d, h, mi, s)
  return wall === null ? null : { ms: wall - offset * MINUTE_MS, offsetMinutes: offset }
}

/** Parses ISO 8601 with an offset, RFC 822 (numeric offsets or zone words) and Date.toString(). */
export function parseDated(text: string | null | undefined): DatedInstant | null {
  if (!text) return null
  // Most times are already in the model's form (adapters write it); one scan reads them.
  const canonical = canonicalInstantMs(text)
  if (canonical !== null) return { ms: canonical, offsetMinutes: 0 }
  const value = text.trim()
  const iso = ISO.exec(value)
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso
    const offset = zone === 'Z' || zone === 'z' ? 0 : numericOffset(zone ?? '')
    if (offset === null) return null
    const parsed = fromParts(
      Number(y),
      Number(mo) - 1,
      Number(d),
      Number(h),
      Number(mi),
      Number(s ?? 0),
      offset,
    )
    if (parsed && frac) parsed.ms += Math.round(Number(frac) * 1000)
    return parsed
  }
  const rfc = RFC822.exec(value)
  if (rfc) {
    const [, d, mon, y, h, mi, s, zone] = rfc
    const offset = zone === undefined ? 0 : numericOffset(zone)
    if (offset === null) return null
    // Two-digit years are RFC 822's own ("26" is 2026); "0000" is a year that does not exist.
    const year = (y ?? '').length <= 2 ? 2000 + Number(y) : Number(y)
    return fromParts(
      year,
      monthIndex(mon ?? ''),
      Number(d),
      Number(h),
      Number(mi),
      Number(s ?? 0),
      offset,
    )
  }
  const js = DATE_TO_STRING.exec(value)
  if (js) {
    const [, mon, d, y, h, mi, s, zone] = js
    return fromParts(
      Number(y),
      monthIndex(mon ?? ''),
      Number(d),
      Number(h),
      Number(mi),
      Number(s),
      numericOffset(zone ?? '+0000') ?? 0,
    )
  }
  return null
}

/** Milliseconds of a dated text, or null. */
export function parseInstantMs(text: string | null | undefined): number | null {
  return parseDated(text)?.ms ?? null
}

/** Epoch seconds or milliseconds given as a number or a numeric string. */
export function parseEpoch(value: unknown): number | null {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d{9,13}$/.test(value.trim())
        ? Number(value)
        : NaN
  if (!Number.isFinite(n)) return null
  return n < 1e11 ? n * 1000 : n
}
