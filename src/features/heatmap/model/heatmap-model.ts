import type { Incident } from '../../../core/model'
import { excludeComponents } from '../../../core/normalize/exclude-components'
import {
  buildVendorTimeline,
  byLevel,
  computeDayGrid,
  maintenanceDowntime,
  unweightedMinutes,
  weightedMinutes,
  WHOLE_VENDOR,
  type DayGrid,
  type DurationSource,
  type ImpactWeights,
  type MaintenanceMode,
  type TimeRange,
  type TimelineItem,
  type TimelineState,
  type VendorTimeline,
} from '../../../core/stats/index'
import { vendorDayCoverage } from './day-coverage'

/** One vendor's day grid with the items behind it; the costly part, computed once per input. */
export interface VendorGrid {
  vendorId: string
  grid: DayGrid
  /** Items per grid row (index as grid.rows): the vendor row holds every item. */
  items: (readonly TimelineItem[])[]
  coverage: Float32Array
  range: TimeRange
  now: number
}

export interface TimelineInput {
  incidents: readonly Incident[]
  excludedComponents: readonly string[]
  durationSource: DurationSource
  now: number
}

/** The costly step, independent of the range shown: de-duplicated items swept into states. */
export function buildHeatmapTimeline(input: TimelineInput): VendorTimeline {
  return buildVendorTimeline(excludeComponents(input.incidents, input.excludedComponents), {
    now: new Date(input.now).toISOString(),
    durationSource: input.durationSource,
  })
}

/** computeDayGrid over the range (O(runs + days)), with the items and coverage of each row. */
export function gridOfTimeline(
  vendorId: string,
  timeline: VendorTimeline,
  coverage: Parameters<typeof vendorDayCoverage>[0],
  range: TimeRange,
): VendorGrid {
  const grid = computeDayGrid(timeline, range)
  const byName = new Map(timeline.components.map((row) => [row.name, row.items]))
  return {
    vendorId,
    grid,
    items: grid.rows.map((row) =>
      row.component === null ? timeline.items : (byName.get(row.component) ?? []),
    ),
    coverage: vendorDayCoverage(coverage, range, timeline.now),
    range,
    now: timeline.now,
  }
}

export interface VendorGridInput extends TimelineInput {
  vendorId: string
  coverage: Parameters<typeof vendorDayCoverage>[0]
  range: TimeRange
}

/** buildVendorTimeline + computeDayGrid over the range, with each day's data coverage. */
export function buildVendorGrid(input: VendorGridInput): VendorGrid {
  return gridOfTimeline(input.vendorId, buildHeatmapTimeline(input), input.coverage, input.range)
}

export interface HeatmapRow {
  key: string
  label: string
  vendorId: string
  vendorName: string
  component: string | null
  minutes: Record<TimelineState, Float64Array>
  /** Minutes in any incident state per day. */
  incidentMinutes: Float64Array
  /** Incident minutes × the method's weights (+ maintenance when it counts as down). */
  weighted: Float64Array
  coverage: Float32Array
  items: readonly TimelineItem[]
  /** Where the row's open items stop. */
  now: number
}

export interface WeightOptions {
  weights: ImpactWeights
  maintenanceMode: MaintenanceMode
}

export const WHOLE_VENDOR_ROW = 'Whole vendor'
export const UNSPECIFIED_ROW = 'No component named'

/** Rows of one vendor's grid, weighted; `vendorOnly` keeps the whole-vendor row alone. */
export function heatmapRows(
  source: VendorGrid,
  vendorName: string,
  options: WeightOptions,
  vendorOnly: boolean,
): HeatmapRow[] {
  const rows = vendorOnly ? source.grid.rows.slice(0, 1) : source.grid.rows
  return rows.map((row, index) => {
    const days = source.grid.days.length
    const incidentMinutes = new Float64Array(days)
    const weighted = new Float64Array(days)
    for (let day = 0; day < days; day += 1) {
      const minutes = byLevel((level) => row.minutes[level][day] ?? 0)
      const maintenance = row.minutes.maintenance[day] ?? 0
      incidentMinutes[day] = unweightedMinutes(minutes)
      weighted[day] =
        weightedMinutes(minutes, options.weights) +
        maintenanceDowntime(maintenance, options.maintenanceMode)
    }
    const label =
      row.component === null
        ? vendorOnly
          ? vendorName
          : WHOLE_VENDOR_ROW
        : row.component === WHOLE_VENDOR
          ? UNSPECIFIED_ROW
          : row.component
    return {
      key: `${source.vendorId}/${row.component ?? ''}`,
      label,
      vendorId: source.vendorId,
      vendorName,
      component: row.component,
      minutes: row.minutes,
      incidentMinutes,
      weighted,
      coverage: source.coverage,
      items: source.items[index] ?? [],
      now: source.now,
    }
  })
}
