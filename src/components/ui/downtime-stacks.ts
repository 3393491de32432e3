import { WEIGHTED_LEVELS, type WeightedLevel } from '../../core/stats/index'
import { IMPACT_COLORS, IMPACT_LABELS } from './impact-style'

/** The incident levels stacked in downtime bars, worst first (the order of the stack). */
export const DOWNTIME_LEVELS = WEIGHTED_LEVELS
export type DowntimeLevel = WeightedLevel
export type DowntimeStackKey = DowntimeLevel | 'maintenance'

/** One bar group: raw minutes per incident level and maintenance minutes beside them. */
export interface DowntimeStackRow extends Record<DowntimeStackKey, number> {
  /** Category shown on the axis: a week, a month or a vendor. */
  label: string
  /** False when no data covers this bar's period: drawn as "no data", never as zero downtime. */
  hasData: boolean
}

export interface DowntimeStackSeries {
  key: DowntimeStackKey
  label: string
  color: string
  /** Incident levels share one stack; maintenance stands beside it. */
  stackId: 'incident' | 'maintenance'
}

export const DOWNTIME_STACK_SERIES: readonly DowntimeStackSeries[] = [
  ...DOWNTIME_LEVELS.map((key) => ({
    key,
    label: IMPACT_LABELS[key],
    color: IMPACT_COLORS[key],
    stackId: 'incident' as const,
  })),
  {
    key: 'maintenance',
    label: 'Maintenance',
    color: IMPACT_COLORS.maintenance,
    stackId: 'maintenance',
  },
]

export interface DowntimeUnit {
  name: 'minutes' | 'hours'
  /** Abbreviation for ticks and tooltips. */
  short: 'min' | 'h'
  /** Minutes per unit. */
  divisor: 1 | 60
}

const MINUTES: DowntimeUnit = { name: 'minutes', short: 'min', divisor: 1 }
const HOURS: DowntimeUnit = { name: 'hours', short: 'h', divisor: 60 }

/** The taller of a row's two stacks, in minutes; 0 for a row without data (it draws no bars). */
export function tallestStack(row: DowntimeStackRow): number {
  if (!row.hasData) return 0
  const incident = DOWNTIME_LEVELS.reduce((sum, level) => sum + row[level], 0)
  return Math.max(incident, row.maintenance)
}

/** Hours once the tallest bar passes three hours (ticks stay short), minutes below. */
export function pickDowntimeUnit(rows: readonly DowntimeStackRow[]): DowntimeUnit {
  const tallest = rows.reduce((max, row) => Math.max(max, tallestStack(row)), 0)
  return tallest >= 180 ? HOURS : MINUTES
}

/** `1.5 h`, `45 min`: a value in minutes expressed in the chart's unit. */
export function formatInUnit(minutes: number, unit: DowntimeUnit): string {
  const value = minutes / unit.divisor
  const digits = unit.divisor === 1 || value >= 100 ? 0 : value >= 10 ? 1 : 2
  return `${Number(value.toFixed(digits)).toLocaleString('en-US')} ${unit.short}`
}

/** A chart row in the unit of its axis (zero without data); `row` keeps the minutes for the tooltip. */
export type ScaledStackRow = Record<DowntimeStackKey, number> & {
  label: string
  row: DowntimeStackRow
}

export function scaleRows(rows: readonly DowntimeStackRow[], unit: DowntimeUnit): ScaledStackRow[] {
  return rows.map((row) => ({
    label: row.label,
    row,
    // Minutes outside the data's coverage (e.g. an item left open for years) are not drawn.
    ...(Object.fromEntries(
      DOWNTIME_STACK_SERIES.map(({ key }) => [key, row.hasData ? row[key] / unit.divisor : 0]),
    ) as Record<DowntimeStackKey, number>),
  }))
}

/** Consecutive rows without data, as first and last labels, so each run is shaded once. */
export function noDataRuns(rows: readonly DowntimeStackRow[]): { first: string; last: string }[] {
  const runs: { first: string; last: string }[] = []
  let open: { first: string; last: string } | null = null
  for (const row of rows) {
    if (row.hasData) open = null
    else if (open) open.last = row.label
    else runs.push((open = { first: row.label, last: row.label }))
  }
  return runs
}

/** The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above the value: a shared axis top with round ticks. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= value * (1 - 1e-12)) ?? 10
  return step * power
}
