const DAY_MS = 86_400_000
// Years 1 to 9999, where Date#toISOString writes four digits and no sign.
const FIRST_MS = -62_135_596_800_000
const AFTER_LAST_MS = 253_402_300_800_000

const pad2 = (value: number) => (value < 10 ? `0${value}` : `${value}`)

/** Year, month (1–12) and day of a count of days since 1970-01-01 (H. Hinnant's civil_from_days). */
function civilFromDays(days: number): [number, number, number] {
  const shifted = days + 719_468
  const era = Math.floor(shifted / 146_097)
  const dayOfEra = shifted - era * 146_097
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  )
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day]
}

/** The UTC calendar fields of whole milliseconds in years 1–9999; null for anything else. */
export function utcFields(ms: number): UtcFields | null {
  if (!Number.isInteger(ms) || ms < FIRST_MS || ms >= AFTER_LAST_MS) return null
  const days = Math.floor(ms / DAY_MS)
  const [year, month, day] = civilFromDays(days)
  const inDay = ms - days * DAY_MS
  return {
    year,
    month,
    day,
    hours: Math.floor(inDay / 3_600_000),
    minutes: Math.floor(inDay / 60_000) % 60,
    seconds: Math.floor(inDay / 1000) % 60,
    millis: inDay % 1000,
  }
}

export interface UtcFields {
  year: number
  /** 1–12. */
  month: number
  day: number
  hours: number
  minutes: number
  seconds: number
  millis: number
}

/**
 * Date#toISOString of whole milliseconds in years 1–9999, written without a Date object (several
 * times faster); null for anything else, which callers hand to Date. With `dropZeroMillis`, a whole
 * second is written without its `.000` (the model's form).
 */
export function formatIsoUtc(ms: number, dropZeroMillis = false): string | null {
  const fields = utcFields(ms)
  if (fields === null) return null
  const { year, month, day, hours, minutes, seconds, millis } = fields
  const yyyy = year >= 1000 ? `${year}` : String(year).padStart(4, '0')
  const time = `${yyyy}-${pad2(month)}-${pad2(day)}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}`
  if (millis === 0 && dropZeroMillis) return `${time}Z`
  return `${time}.${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}Z`
}

/** The UTC year of an instant, by arithmetic where it can (a Date per stamp is slow). */
export function utcYear(ms: number): number {
  return utcFields(ms)?.year ?? new Date(ms).getUTCFullYear()
}
