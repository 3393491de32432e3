const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export interface DayTick {
  day: number
  label: string
}

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay()
const monthName = (day: string) => MONTHS[Number(day.slice(5, 7)) - 1] ?? ''

/**
 * Header labels for `YYYY-MM-DD` columns `pitch` px apart: every day, Mondays, month starts or
 * quarter starts, whichever first leaves `minGap` px between labels. Years show on January and first.
 */
export function dayTicks(days: readonly string[], pitch: number, minGap = 48): DayTick[] {
  const dayLabel = (day: string) => `${monthName(day)} ${Number(day.slice(8, 10))}`
  const monthLabel = (day: string, first: boolean) =>
    first || day.slice(5, 7) === '01' ? `${monthName(day)} ${day.slice(0, 4)}` : monthName(day)
  const pick = (
    keep: (day: string, index: number) => boolean,
    label: (d: string, i: number) => string,
  ) =>
    days.flatMap((day, index) =>
      keep(day, index) ? [{ day: index, label: label(day, index) }] : [],
    )
  if (pitch >= minGap) return pick(() => true, dayLabel)
  if (pitch * 7 >= minGap) return pick((day) => weekday(day) === 1, dayLabel)
  const monthStarts = pick(
    (day) => day.endsWith('-01'),
    (day, index) => monthLabel(day, index === days.findIndex((d) => d.endsWith('-01'))),
  )
  if (pitch * 28 >= minGap) return monthStarts
  return monthStarts.filter((tick) => (Number(days[tick.day]?.slice(5, 7)) - 1) % 3 === 0)
}
