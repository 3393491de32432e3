// Not imported from instants.ts, which reads canonical instants with this file.
const MINUTE_MS = 60_000
const DAY_MS = 86_400_000

function digitsAt(text: string, from: number, count: number): number {
  let value = 0
  for (let i = from; i < from + count; i += 1) {
    const digit = text.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return Number.NaN
    value = value * 10 + digit
  }
  return value
}

const [DASH, COLON, DOT, LETTER_T, LETTER_Z] = ['-', ':', '.', 'T', 'Z'].map((c) => c.charCodeAt(0))

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

export function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0)
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysSinceEpoch(year: number, month: number, day: number): number {
  const shifted = month <= 2 ? year - 1 : year
  const era = Math.floor(shifted / 400)
  const yearOfEra = shifted - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

/**
 * Epoch milliseconds of an instant in the model's form, `YYYY-MM-DDTHH:MM:SS[.sss]Z` with a year from
 * 1000 on, on a day and at a time that exist; null for any other text (callers parse it their way).
 */
export function canonicalInstantMs(text: string): number | null {
  const { length } = text
  // Character codes, not one-character strings: this runs for every instant of every item.
  const canonical =
    (length === 20 || length === 24) &&
    text.charCodeAt(4) === DASH &&
    text.charCodeAt(7) === DASH &&
    text.charCodeAt(10) === LETTER_T &&
    text.charCodeAt(13) === COLON &&
    text.charCodeAt(16) === COLON &&
    text.charCodeAt(length - 1) === LETTER_Z &&
    (length === 20 || text.charCodeAt(19) === DOT)
  if (!canonical) return null
  const year = digitsAt(text, 0, 4)
  const month = digitsAt(text, 5, 2)
  const day = digitsAt(text, 8, 2)
  const hours = digitsAt(text, 11, 2)
  const minutes = digitsAt(text, 14, 2)
  const seconds = digitsAt(text, 17, 2)
  const inRange =
    year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month)
  if (!(inRange && hours < 24 && minutes < 60 && seconds < 60)) return null
  const millis = length === 24 ? digitsAt(text, 20, 3) : 0
  if (!(millis >= 0)) return null
  return (
    daysSinceEpoch(year, month, day) * DAY_MS +
    hours * 3_600_000 +
    minutes * MINUTE_MS +
    seconds * 1000 +
    millis
  )
}

/**
 * Epoch milliseconds of an ISO 8601 instant. The model's form is read without Date.parse (several
 * times faster, same result); anything else goes to Date.parse. NaN when unreadable.
 */
export function parseInstant(text: string): number {
  return canonicalInstantMs(text) ?? Date.parse(text)
}
