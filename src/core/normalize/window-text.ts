import { DAY_MS, MINUTE_MS, monthIndex } from '../time/instants'

const HOUR_MS = 60 * MINUTE_MS
import { zoneOffsetMinutes } from '../time/zones'

/** A window a text states, with the sentence that states it. */
export interface TextWindow {
  startMs: number
  endMs: number
  sentence: string
}

interface Stamp {
  month: number | null
  day: number | null
  year: number | null
  minutes: number | null
  zone: string | null
}

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'
const DATE = `(?:(?:on\\s+)?(?:[A-Z][a-z]+day,?\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?)`
// Zone words are capitalised ("UTC", "(PDT)", "GMT+2"), so "until" is no zone; an unknown one
// ("Pacific") makes the window unreadable rather than guessed.
const TIME =
  '(?:(\\d{1,2}):(\\d{2})(?::\\d{2})?(?:\\s*([AaPp])\\.?[Mm]\\.?)?(?:\\s+\\(?((?:Z|[A-Z][A-Za-z]{1,9})(?:[+-]\\d{1,2}(?::?\\d{2})?)?)\\b\\)?)?)'
/** A date, a time, or both in either order ("January 14, 2026, at 18:15 UTC", "18:15 UTC on Jan 14"). */
const STAMP = new RegExp(`${DATE}(?:,?\\s+(?:at\\s+)?${TIME})?|${TIME}(?:,?\\s+${DATE})?`, 'y')
const OPENER = /\b([Ff]rom|[Bb]etween)\s+/g
const JOINER = { from: /\s*,?\s*(?:until|till|to|through|-|–)\s+/y, between: /\s*,?\s*and\s+/y }

function readStamp(text: string, at: number): { stamp: Stamp; end: number } | null {
  STAMP.lastIndex = at
  const m = STAMP.exec(text)
  if (!m) return null
  const [, mo1, d1, y1, h1, mi1, ap1, z1, h2, mi2, ap2, z2, mo2, d2, y2] = m
  const [mon, day, year] = mo1 ? [mo1, d1, y1] : [mo2, d2, y2]
  const [hour, minute, ampm, zone] = h1 ? [h1, mi1, ap1, z1] : [h2, mi2, ap2, z2]
  let minutes: number | null = null
  if (hour !== undefined && minute !== undefined) {
    const h = (Number(hour) % (ampm ? 12 : 24)) + (ampm?.toLowerCase() === 'p' ? 12 : 0)
    if (Number(hour) > 23 || Number(minute) > 59) return null
    minutes = h * 60 + Number(minute)
  }
  const stamp: Stamp = {
    month: mon ? monthIndex(mon) : null,
    day: day ? Number(day) : null,
    year: year ? Number(year) : null,
    minutes,
    zone: zone ?? null,
  }
  return { stamp, end: STAMP.lastIndex }
}

/** Milliseconds of a completed stamp, or null when its zone word is unknown. */
function toMs(stamp: Stamp, fallback: Stamp, year: number): number | null {
  const zone = stamp.zone ?? fallback.zone
  const offset = zone === null ? 0 : zoneOffsetMinutes(zone)
  const month = stamp.month ?? fallback.month
  const day = stamp.day ?? fallback.day
  if (offset === null || month === null || day === null || stamp.minutes === null) return null
  const y = stamp.year ?? fallback.year ?? year
  return Date.UTC(y, month, day) + (stamp.minutes - offset) * MINUTE_MS
}

const SENTENCE_ENDS = '.!?\n。|'

/** From after the last sentence end before `from` to the first one from `to` on (both kept in the text). */
function sentenceAround(text: string, from: number, to: number): string {
  // Character scans: an end-anchored search retries from every character of a long text.
  let before = from
  while (before > 0 && !SENTENCE_ENDS.includes(text.charAt(before - 1))) before -= 1
  let after = to
  while (after < text.length && !SENTENCE_ENDS.includes(text.charAt(after))) after += 1
  return text.slice(before, after + 1).trim()
}

/** Both ends as instants near the update that states them, or null when implausible. */
function resolveRange(a: Stamp, b: Stamp, referenceMs: number) {
  const ref = new Date(referenceMs)
  const refDay = { month: ref.getUTCMonth(), day: ref.getUTCDate() }
  const dated = a.day !== null || b.day !== null
  const endFallback = { ...a, month: a.month ?? refDay.month, day: a.day ?? refDay.day }
  const startFallback = { ...b, month: b.month ?? refDay.month, day: b.day ?? refDay.day }
  for (const year of [ref.getUTCFullYear(), ref.getUTCFullYear() - 1]) {
    let endMs = toMs(b, endFallback, year)
    let startMs = toMs(a, startFallback, b.year ?? year)
    if (startMs === null || endMs === null) return null
    // A start later than its end ran past midnight ("from 23:10 until 01:20") or New Year.
    if (startMs > endMs && b.day === null) endMs += DAY_MS
    else if (startMs > endMs && a.year === null)
      startMs = toMs(a, startFallback, (b.year ?? year) - 1)
    // Undated times far after the update belong to the day before it.
    if (startMs === null) return null
    if (!dated && endMs - referenceMs > 12 * HOUR_MS)
      [startMs, endMs] = [startMs - DAY_MS, endMs - DAY_MS]
    const plausible =
      endMs >= startMs && endMs - startMs <= 31 * DAY_MS && endMs <= referenceMs + DAY_MS
    if (plausible) return { startMs, endMs }
    if (a.year !== null || b.year !== null) return null
  }
  return null
}

/**
 * The first window a text states ("From January 14, 2026, at 18:15 UTC until January 15, 2026,
 * at 11:30 UTC", "between 14:05 and 15:10 UTC on March 3"), read near `referenceMs` (the update
 * that states it): a missing date is the other end's or the update's, a missing zone the other
 * end's or UTC, a missing year the one that puts the window before the update. Null when no
 * plausible window (both times, end after start, at most 31 days, ending by the update) is found.
 */
export function windowFromText(text: string, referenceMs: number): TextWindow | null {
  for (const opener of text.matchAll(OPENER)) {
    const first = readStamp(text, (opener.index ?? 0) + opener[0].length)
    if (!first || first.stamp.minutes === null) continue
    const joiner = JOINER[(opener[1] ?? '').toLowerCase() === 'between' ? 'between' : 'from']
    joiner.lastIndex = first.end
    if (!joiner.exec(text)) continue
    const second = readStamp(text, joiner.lastIndex)
    if (!second || second.stamp.minutes === null) continue
    const range = resolveRange(first.stamp, second.stamp, referenceMs)
    if (range) return { ...range, sentence: sentenceAround(text, opener.index ?? 0, second.end) }
  }
  return null
}
