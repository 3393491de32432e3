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

/**
 * Date#toISOString of whole milliseconds in years 1–9999, written without a Date object (several
 * times faster); null for anything else, which callers hand to Date.
 */
export function formatIsoUtc(ms: number): string | null {
  if (!Number.isInteger(ms) || ms < FIRST_MS || ms >= AFTER_LAST_MS) return null
  const days = Math.floor(ms / DAY_MS)
  const [year, month, day] = civilFromDays(days)
  const inDay = ms - days * DAY_MS
  const hours = Math.floor(inDay / 3_600_000)
  const minutes = Math.floor(inDay / 60_000) % 60
  const seconds = Math.floor(inDay / 1000) % 60
  const millis = inDay % 1000
  const date = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`
  return `${date}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${String(millis).padStart(3, '0')}Z`
}
