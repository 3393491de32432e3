import { DAY_MS, MINUTE_MS, monthIndex, utcWallMs } from '../../time/instants'
import { utcYear } from '../../time/format-iso'
import { zoneOffsetMinutes } from '../../time/zones'

/** "9:26 AM PDT" or "Aug 7,  2:53 AM PDT": a time of day, a zone word and sometimes a date. */
export interface AwsStamp {
  month: number | null
  day: number | null
  minuteOfDay: number
  zone: string
}

export interface AwsDescriptionEntry {
  stamp: AwsStamp | null
  stampText: string
  html: string
}

const DIV = /<div\b[^>]*>([\s\S]*?)<\/div>/gi
const STAMPED = /^\s*<span\b[^>]*>([\s\S]*?)<\/span>(?:\s|&nbsp;)*([\s\S]*)$/i
const STAMP =
  /^(?:([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+)?(\d{1,2}):(\d{2})\s*(AM|PM)\s+([A-Za-z]{1,5})$/i

export function readAwsStamp(text: string): AwsStamp | null {
  const match = STAMP.exec(text.replace(/&nbsp;|\u00a0/g, ' ').trim())
  if (!match) return null
  const [, monthName, day, hour, minute, half, zone] = match
  const h = Number(hour)
  const m = Number(minute)
  if (h < 1 || h > 12 || m > 59) return null
  const month = monthName ? monthIndex(monthName) : null
  if (month === -1) return null
  const minuteOfDay = ((h % 12) + (half?.toUpperCase() === 'PM' ? 12 : 0)) * 60 + m
  return { month, day: day ? Number(day) : null, minuteOfDay, zone: zone ?? '' }
}

/** The `<div><span>time</span>&nbsp;text</div>` runs of a data.json description, oldest first. */
export function splitAwsDescription(description: string): AwsDescriptionEntry[] {
  return [...description.matchAll(DIV)].map((div) => {
    const stamped = STAMPED.exec(div[1] ?? '')
    if (!stamped) return { stamp: null, stampText: '', html: (div[1] ?? '').trim() }
    const stampText = (stamped[1] ?? '').trim()
    return { stamp: readAwsStamp(stampText), stampText, html: (stamped[2] ?? '').trim() }
  })
}

function localMidnight(ms: number, offsetMinutes: number): number {
  const local = ms + offsetMinutes * MINUTE_MS
  return local - (((local % DAY_MS) + DAY_MS) % DAY_MS)
}

/** The instant a stamp names on the day starting at `midnight` (local wall time as if UTC). */
const stampUtc = (stamp: AwsStamp, offset: number, midnight: number) =>
  midnight + (stamp.minuteOfDay - offset) * MINUTE_MS

/** Of the candidate midnights, the one whose stamp instant is nearest `target` (the first on ties). */
function nearestDay(
  candidates: readonly (number | null)[],
  stamp: AwsStamp,
  offset: number,
  target: number,
): number | null {
  let best: number | null = null
  for (const day of candidates) {
    if (day === null) continue
    const gap = Math.abs(stampUtc(stamp, offset, day) - target)
    if (best === null || gap < Math.abs(stampUtc(stamp, offset, best) - target)) best = day
  }
  return best
}

/**
 * Instants of an entry's stamps. The first undated stamp is the day nearest the entry's own
 * `date` (the first update is posted then); later undated stamps walk forward from the previous
 * one, a dated stamp ("Aug 7,") moves the day and takes the year nearest the entry date. A zone
 * word missing from the zone table, or a day that does not exist, gives null: the caller skips that
 * update with a warning.
 */
export function resolveAwsStamps(postedMs: number, stamps: readonly (AwsStamp | null)[]) {
  let previous: number | null = null
  let day = 0
  const instants: (number | null)[] = []
  for (const stamp of stamps) {
    const offset = stamp ? zoneOffsetMinutes(stamp.zone) : null
    if (!stamp || offset === null) {
      instants.push(null)
      continue
    }
    if (stamp.month !== null && stamp.day !== null) {
      const year = utcYear(postedMs + offset * MINUTE_MS)
      const { month, day: date } = stamp
      const years = [year - 1, year, year + 1]
      const midnights = years.map((y) => utcWallMs(y, month, date))
      // "Feb 30" exists in no year: that update is skipped, never rolled into March.
      const nearest = nearestDay(midnights, stamp, offset, postedMs)
      if (nearest === null) {
        instants.push(null)
        continue
      }
      day = nearest
    } else if (previous === null) {
      const today = localMidnight(postedMs, offset)
      day = nearestDay([today - DAY_MS, today, today + DAY_MS], stamp, offset, postedMs) ?? today
    } else if (stampUtc(stamp, offset, day) < previous) {
      day += DAY_MS
    }
    previous = stampUtc(stamp, offset, day)
    instants.push(previous)
  }
  return instants
}
