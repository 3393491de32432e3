import type { TimeRange } from '../../../core/stats/index'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export interface Tick {
  at: number
  label: string
}

/** Fixed steps in ms; month steps are counted in calendar months. */
const STEPS: readonly { ms: number; months?: number }[] = [
  { ms: HOUR },
  { ms: 2 * HOUR },
  { ms: 3 * HOUR },
  { ms: 6 * HOUR },
  { ms: 12 * HOUR },
  { ms: DAY },
  { ms: 2 * DAY },
  { ms: 7 * DAY },
  { ms: 14 * DAY },
  { ms: 30 * DAY, months: 1 },
  { ms: 91 * DAY, months: 3 },
  { ms: 182 * DAY, months: 6 },
  { ms: 365 * DAY, months: 12 },
  { ms: 730 * DAY, months: 24 },
]

const pad = (n: number) => String(n).padStart(2, '0')

function label(at: number, stepMs: number): string {
  const d = new Date(at)
  const day = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`
  if (stepMs >= 365 * DAY) return String(d.getUTCFullYear())
  if (stepMs >= 30 * DAY) return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
  if (stepMs >= DAY) return day
  return d.getUTCHours() === 0 ? day : `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

function monthTicks(range: TimeRange, months: number, stepMs: number): Tick[] {
  const first = new Date(range.start)
  let [year, month] = [first.getUTCFullYear(), first.getUTCMonth()]
  month = Math.ceil(month / months) * months
  const ticks: Tick[] = []
  for (let at = Date.UTC(year, month, 1); at <= range.end; at = Date.UTC(year, month, 1)) {
    if (at >= range.start) ticks.push({ at, label: label(at, stepMs) })
    month += months
    if (month >= 12) [year, month] = [year + Math.floor(month / 12), month % 12]
  }
  return ticks
}

/** UTC ticks for an axis `widthPx` wide, at least `minGapPx` apart, on round hours, days or months. */
export function timeTicks(range: TimeRange, widthPx: number, minGapPx = 80): Tick[] {
  const span = range.end - range.start
  if (span <= 0 || widthPx <= 0) return []
  const wanted = (span * minGapPx) / widthPx
  const step = STEPS.find((s) => s.ms >= wanted) ?? STEPS[STEPS.length - 1]!
  if (step.months) return monthTicks(range, step.months, step.ms)
  // Weeks start on Mondays: epoch day 0 was a Thursday, so Mondays sit 4 days later.
  const offset = step.ms === 7 * DAY || step.ms === 14 * DAY ? 4 * DAY : 0
  const ticks: Tick[] = []
  for (
    let at = Math.ceil((range.start - offset) / step.ms) * step.ms + offset;
    at <= range.end;
    at += step.ms
  ) {
    ticks.push({ at, label: label(at, step.ms) })
  }
  return ticks
}
