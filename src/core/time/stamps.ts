import { daysInMonth, MINUTE_MS, monthIndex, utcWallMs, type DatedInstant } from './instants'
import { utcFields, utcYear } from './format-iso'
import { zoneOffsetMinutes } from './zones'

/** An update stamp as pages print it: a wall-clock time, a zone word, and often no year. */
export interface WallStamp {
  month: number
  day: number
  hour: number
  minute: number
  second: number
  year: number | null
  zone: string
}

/** `time.split(':').map(Number)`'s first three fields, without its two arrays (one per update). */
function timeFields(time: string): [number, number | undefined, number | undefined] {
  const first = time.indexOf(':')
  if (first < 0) return [Number(time), undefined, undefined]
  const second = time.indexOf(':', first + 1)
  const minutes = Number(time.slice(first + 1, second < 0 ? time.length : second))
  if (second < 0) return [Number(time.slice(0, first)), minutes, undefined]
  const third = time.indexOf(':', second + 1)
  const seconds = Number(time.slice(second + 1, third < 0 ? time.length : third))
  return [Number(time.slice(0, first)), minutes, seconds]
}

export function makeWallStamp(
  monthName: string,
  day: string | number,
  time: string,
  zone: string,
  year: string | number | null = null,
): WallStamp | null {
  const month = monthIndex(monthName)
  const [h, m, s] = timeFields(time)
  const d = Number(day)
  if (month < 0 || !(d >= 1 && d <= 31) || h === undefined || m === undefined) return null
  if (!(h >= 0 && h <= 23 && m >= 0 && m <= 59)) return null
  // Feb 31 would silently roll into March; a year-less stamp is checked against a leap year.
  if (year !== null && !(Number.isInteger(Number(year)) && Number(year) >= 1)) return null
  if (d > daysInMonth(year === null ? 2024 : Number(year), month)) return null
  return {
    month,
    day: d,
    hour: h,
    minute: m,
    second: s ?? 0,
    year: year === null ? null : Number(year),
    zone: zone.trim(),
  }
}

export interface ResolvedStamp {
  ms: number
  /** True when the zone word was unknown and the item's own offset (or UTC) was assumed. */
  zoneAssumed: boolean
}

/** null when the stamp's day does not exist in that year (Feb 29 outside a leap year). */
function wallMs(stamp: WallStamp, year: number, offset: number): number | null {
  const wall = utcWallMs(year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
  return wall === null ? null : wall - offset * MINUTE_MS
}

function sameWallClock(stamp: WallStamp, reference: DatedInstant): boolean {
  const localMs = reference.ms + reference.offsetMinutes * MINUTE_MS
  const local = utcFields(localMs)
  if (local === null) {
    const date = new Date(localMs)
    return (
      date.getUTCMonth() === stamp.month &&
      date.getUTCDate() === stamp.day &&
      date.getUTCHours() === stamp.hour &&
      date.getUTCMinutes() === stamp.minute
    )
  }
  return (
    local.month - 1 === stamp.month &&
    local.day === stamp.day &&
    local.hours === stamp.hour &&
    local.minutes === stamp.minute
  )
}

/** The year that puts a year-less stamp nearest to the anchor; null when its day exists in none. */
function nearestYearMs(stamp: WallStamp, anchor: number, offset: number): number | null {
  const anchorYear = utcYear(anchor + offset * MINUTE_MS)
  let best = wallMs(stamp, anchorYear, offset)
  for (const year of NEIGHBOUR_YEARS) {
    const candidate = wallMs(stamp, anchorYear + year, offset)
    if (candidate === null) continue
    if (best === null || Math.abs(candidate - anchor) < Math.abs(best - anchor)) best = candidate
  }
  return best
}

// After the anchor's own year, in this order: a tie keeps the earlier candidate.
const NEIGHBOUR_YEARS = [-1, 1] as const

function resolveStamp(
  stamp: WallStamp,
  learned: ReadonlyMap<string, number>,
  reference: DatedInstant | null,
): ResolvedStamp | null {
  const word = stamp.zone.toUpperCase()
  const known = learned.get(word) ?? zoneOffsetMinutes(word)
  const offset = known ?? reference?.offsetMinutes ?? 0
  const ms =
    stamp.year !== null
      ? wallMs(stamp, stamp.year, offset)
      : nearestYearMs(stamp, reference?.ms ?? Date.UTC(2000, 0, 1), offset)
  return ms === null ? null : { ms, zoneAssumed: known === null }
}

/**
 * Turns an item's wall stamps into instants. A zone word whose stamp shows the same wall clock as
 * the item's own dated field takes that field's numeric offset (Parse writes "PST" in July with
 * a −0700 pubDate); other words use the zone table; an unknown word falls back to the item's
 * offset and is reported as assumed. A missing year is the one that puts the stamp nearest to the
 * item's date, so a January update after a December start lands in the next year. The resolver
 * answers null when the day does not exist in the stamp's year, or in any year near the item's date.
 */
export function createStampResolver(
  reference: DatedInstant | null,
  stamps: readonly WallStamp[],
): (stamp: WallStamp) => ResolvedStamp | null {
  const learned = new Map<string, number>()
  if (reference) {
    for (const stamp of stamps) {
      const word = stamp.zone.toUpperCase()
      if (!learned.has(word) && sameWallClock(stamp, reference))
        learned.set(word, reference.offsetMinutes)
    }
  }
  return (stamp) => resolveStamp(stamp, learned, reference)
}
