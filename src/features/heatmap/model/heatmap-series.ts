import { createMemoCache } from '../../../core/memo'
import type { TimeRange, VendorTimeline } from '../../../core/stats/index'
import type { Analysis } from '../../workspace/hooks/use-analysis'
import type { VendorView } from '../../workspace/hooks/use-vendor-views'
import { vendorDataEnd } from '../../workspace/model/vendor-figures'
import {
  buildHeatmapTimeline,
  gridOfTimeline,
  heatmapRows,
  type HeatmapRow,
  type VendorGrid,
} from './heatmap-model'

// Results per incident list (its identity holds until the history changes), then per options.
const timelines = createMemoCache<VendorTimeline>({ limit: 8 })
const grids = createMemoCache<VendorGrid>({ limit: 8 })
// Weighted rows per grid (itself remembered), so an unchanged vendor keeps its row objects.
const gridRows = createMemoCache<HeatmapRow[]>({ limit: 4 })
// A vendor whose history has not loaded yet speaks for no day: shown as no data, never as healthy.
const NO_COVERAGE = { from: null, to: null, gaps: [] }

/**
 * A vendor's day grid for the range, measured up to the vendor's last capture (open items stop
 * there, as in the figures) or the range's end. The timeline behind it is shared by every range
 * ending at the same instant, so switching 30/90/365 days and the minute tick of now for a past
 * period cost no new sweep.
 */
export function vendorGrid(view: VendorView, analysis: Analysis, range: TimeRange): VendorGrid {
  const { durationSource } = analysis.base
  const { id, excludedComponents } = view.config
  const now = Math.min(Date.parse(vendorDataEnd(view, analysis.base.now)), range.end)
  const timeline = timelines.get(
    [id, durationSource, excludedComponents, now],
    () =>
      buildHeatmapTimeline({ incidents: view.incidents, excludedComponents, durationSource, now }),
    view.incidents,
  )
  const coverage = view.coverage ?? NO_COVERAGE
  return grids.get(
    [coverage, range.start, range.end],
    () => gridOfTimeline(id, timeline, coverage, range),
    timeline,
  )
}

/** The rows to draw: one vendor's components under its whole-vendor row, or one row per vendor. */
export function heatmapSeries(
  views: readonly VendorView[],
  view: VendorView | null,
  analysis: Analysis,
  range: TimeRange,
): HeatmapRow[] {
  const weights = {
    weights: analysis.base.method.weights,
    maintenanceMode: analysis.base.maintenanceMode,
  }
  const rowsOf = (v: VendorView, vendorOnly: boolean) => {
    const grid = vendorGrid(v, analysis, range)
    const compute = () => heatmapRows(grid, v.config.name, weights, vendorOnly)
    return gridRows.get([v.config.name, weights, vendorOnly], compute, grid)
  }
  if (view) return sameRows(rowsOf(view, false))
  return sameRows(
    [...views]
      .sort((a, b) => a.config.name.localeCompare(b.config.name))
      .flatMap((v) => rowsOf(v, true)),
  )
}

let lastSeries: HeatmapRow[] = []
/** The last series returned when it holds the same rows: its plan and drawing stay valid. */
function sameRows(rows: HeatmapRow[]): HeatmapRow[] {
  const same = rows.length === lastSeries.length && rows.every((row, i) => row === lastSeries[i])
  if (!same) lastSeries = rows
  return lastSeries
}
