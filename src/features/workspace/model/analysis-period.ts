import { DAY_MS } from '../../../core/time/instants'
export const PERIOD_PRESETS = [
  { id: '12m', label: 'Last 12 months' },
  { id: 'all', label: 'All history' },
  { id: '30d', label: 'Last 30 days' },
  { id: '90d', label: 'Last 90 days' },
  { id: '365d', label: 'Last 365 days' },
  { id: 'ytd', label: 'This year' },
  { id: 'custom', label: 'Custom…' },
] as const
export type PeriodPreset = (typeof PERIOD_PRESETS)[number]['id']
export const DEFAULT_PERIOD: PeriodPreset = '12m'

export interface AnalysisPeriod {
  preset: PeriodPreset
  /** YYYY-MM-DD, inclusive. */
  from: string
  /** YYYY-MM-DD, exclusive. */
  to: string
  label: string
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const isDay = (value: string | null): value is string =>
  !!value && DAY.test(value) && !Number.isNaN(Date.parse(value))

export function isPeriodPreset(value: string | null): value is PeriodPreset {
  return PERIOD_PRESETS.some((p) => p.id === value)
}

/** A year before a `YYYY-MM-DD` day, the 29th of February falling back to the 28th. */
function yearBefore(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const back = new Date(Date.UTC(year - 1, month - 1, date))
  return dayOf(
    back.getUTCMonth() === month - 1 ? back.getTime() : Date.UTC(year - 1, month - 1, 28),
  )
}

/**
 * The period every view uses. Presets end with the day of `anchorMs`, the latest instant any loaded
 * vendor's data speaks for (now for a live feed, the capture for saved data), so a default never
 * opens on empty time; "all" starts at the earliest day any vendor's data covers; "custom" takes
 * from/to from the URL.
 * @example resolvePeriod('30d', null, null, Date.parse('2026-11-21T08:00:00Z'), null).from === '2026-10-23'
 */
export function resolvePeriod(
  preset: PeriodPreset,
  fromParam: string | null,
  toParam: string | null,
  anchorMs: number,
  earliest: string | null,
): AnalysisPeriod {
  const to = dayOf(Math.floor(anchorMs / DAY_MS) * DAY_MS + DAY_MS)
  const back = (days: number) => dayOf(Date.parse(to) - days * DAY_MS)
  if (preset === 'custom' && isDay(fromParam) && isDay(toParam) && fromParam < toParam) {
    return {
      preset,
      from: fromParam,
      to: toParam,
      label: `${fromParam} → ${dayOf(Date.parse(toParam) - DAY_MS)}`,
    }
  }
  const last = dayOf(Date.parse(to) - DAY_MS)
  if (preset === '30d') return { preset, from: back(30), to, label: `30 days to ${last}` }
  if (preset === '90d') return { preset, from: back(90), to, label: `90 days to ${last}` }
  if (preset === '365d') return { preset, from: back(365), to, label: `365 days to ${last}` }
  if (preset === 'ytd')
    return { preset, from: `${to.slice(0, 4)}-01-01`, to, label: `${to.slice(0, 4)} to ${last}` }
  if (preset === 'all') {
    const from = earliest && earliest.slice(0, 10) < to ? earliest.slice(0, 10) : back(90)
    return { preset, from, to, label: `All history (${from} to ${last})` }
  }
  return { preset: '12m', from: yearBefore(to), to, label: `12 months to ${last}` }
}
