import { DOWNTIME_LEVELS, type DowntimeStackRow } from '../../../components/ui/downtime-stacks'
import { excludeComponents } from '../../../core/normalize/exclude-components'
import {
  buildVendorTimeline,
  byLevel,
  computeDayGrid,
  dayCoverage,
  parsePeriod,
  type TimeRange,
} from '../../../core/stats/index'
import type { Analysis } from '../hooks/use-analysis'
import type { VendorView } from '../hooks/use-vendor-views'
import { memoPerHistory } from '../model/history-memo'
import { coverageSpans, vendorDataEnd } from '../model/vendor-figures'

/** Day codes of the strip: the incident levels 0–3 (worst first), then these. */
export const DAY_MAINTENANCE = 4
export const DAY_CLEAR = 5
export const DAY_NO_DATA = 6

export interface VendorDays {
  days: string[]
  /** Per day: the worst level with minutes, maintenance, clear, or no data. */
  codes: Uint8Array
  incidentMinutes: Float64Array
  maintenanceMinutes: Float64Array
  /** Calendar months of the period, for the small-multiple downtime bars. */
  months: DowntimeStackRow[]
}

/** 1 for each day any part of which the vendor's data speaks for (core dayCoverage), else 0. */
function coveredDays(view: VendorView, range: TimeRange, now: number): Uint8Array {
  const spans = view.coverage === null ? [] : coverageSpans(view.coverage)
  return Uint8Array.from(dayCoverage(spans, range, now), (share) => (share > 0 ? 1 : 0))
}

function monthRows(grid: VendorDaysInput): DowntimeStackRow[] {
  const byMonth = new Map<string, DowntimeStackRow>()
  grid.days.forEach((day, d) => {
    const label = day.slice(0, 7)
    let row = byMonth.get(label)
    if (!row) {
      row = {
        label,
        hasData: false,
        ...byLevel(() => 0),
        maintenance: 0,
      }
      byMonth.set(label, row)
    }
    for (const level of DOWNTIME_LEVELS) row[level] += grid.minutes[level][d] ?? 0
    row.maintenance += grid.minutes.maintenance[d] ?? 0
    row.hasData ||= grid.covered[d] === 1
  })
  return [...byMonth.values()]
}

interface VendorDaysInput {
  days: string[]
  minutes: Record<(typeof DOWNTIME_LEVELS)[number] | 'maintenance', Float64Array>
  covered: Uint8Array
}

/** One vendor's days over the analysis period: what the strip colours and the bars sum. */
export function computeVendorDays(view: VendorView, analysis: Analysis): VendorDays {
  const { durationSource } = analysis.base
  const now = vendorDataEnd(view, analysis.base.now)
  const incidents = excludeComponents(view.incidents, view.config.excludedComponents)
  const timeline = buildVendorTimeline(incidents, { now, durationSource })
  const range = parsePeriod(analysis.period.from, analysis.period.to)
  const grid = computeDayGrid(timeline, range)
  const minutes = grid.rows[0]?.minutes
  if (!minutes) throw new Error('computeDayGrid gave no vendor row')
  const count = grid.days.length
  const covered = coveredDays(view, range, Date.parse(now))
  const codes = new Uint8Array(count)
  const incidentMinutes = new Float64Array(count)
  for (let d = 0; d < count; d += 1) {
    const worst = DOWNTIME_LEVELS.findIndex((level) => (minutes[level][d] ?? 0) > 0)
    for (const level of DOWNTIME_LEVELS)
      incidentMinutes[d] = (incidentMinutes[d] ?? 0) + (minutes[level][d] ?? 0)
    codes[d] =
      covered[d] !== 1
        ? DAY_NO_DATA
        : worst >= 0
          ? worst
          : (minutes.maintenance[d] ?? 0) > 0
            ? DAY_MAINTENANCE
            : DAY_CLEAR
  }
  return {
    days: grid.days,
    codes,
    incidentMinutes,
    maintenanceMinutes: minutes.maintenance,
    months: monthRows({ days: grid.days, minutes, covered }),
  }
}

/** computeVendorDays, remembered until the vendor's history or the options change. */
export const vendorDays = memoPerHistory(computeVendorDays, {
  limit: 1,
  key: (view, analysis: Analysis) => [
    analysis.period.from,
    analysis.period.to,
    analysis.base.now,
    analysis.base.durationSource,
    view.config.excludedComponents,
    view.coverage,
  ],
})
