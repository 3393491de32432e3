import { fitText, hatchPattern, type ChartInk } from '../../../components/ui/chart-canvas'
import { IMPACT_COLORS } from '../../../components/ui/impact-style'
import { dayTicks } from '../model/day-ticks'
import type { HeatmapRow } from '../model/heatmap-model'
import { eachCellRect, type HeatmapLayout } from '../model/heatmap-layout'
import type { HeatmapPlan } from '../model/heatmap-plan'
import { HEATMAP_STEPS, NO_DATA_STEP } from '../model/heatmap-steps'

/** The fixed column of row names, with the axis name above it. */
export function drawLabels(
  context: CanvasRenderingContext2D,
  rows: readonly HeatmapRow[],
  layout: HeatmapLayout,
  ink: ChartInk,
) {
  context.textBaseline = 'middle'
  context.font = '11px system-ui, sans-serif'
  context.fillStyle = ink.muted
  context.fillText('Day (UTC) →', 2, layout.headerHeight / 2)
  context.font = '12px system-ui, sans-serif'
  rows.forEach((row, index) => {
    context.fillStyle = ink.text
    const y = layout.headerHeight + index * layout.rowHeight + layout.rowHeight / 2
    context.fillText(fitText(context, row.label, layout.labelWidth - 10), 2, y)
  })
}

/** Day labels, then the cells one colour at a time, then the maintenance and partial-day strips. */
export function drawGrid(
  context: CanvasRenderingContext2D,
  days: readonly string[],
  plan: HeatmapPlan,
  layout: HeatmapLayout,
  ink: ChartInk,
) {
  context.font = '11px system-ui, sans-serif'
  context.textBaseline = 'top'
  let freeFrom = 0
  for (const tick of dayTicks(days, layout.pitch)) {
    const x = Math.round(tick.day * layout.pitch)
    context.fillStyle = ink.muted
    context.fillRect(x, layout.headerHeight - 8, 1, 6)
    const width = context.measureText(tick.label).width
    const left = Math.min(x + 2, layout.gridWidth - width)
    // A label pushed in from the right edge must not run into its neighbour.
    if (left < freeFrom) continue
    context.fillText(tick.label, left, 4)
    freeFrom = left + width + 4
  }
  const fills: [number, string | CanvasPattern][] = HEATMAP_STEPS.map((step, index) => [
    index,
    step.color,
  ])
  fills.push([NO_DATA_STEP, hatchPattern(context, ink.noData, ink.noDataLine)])
  for (const [step, fill] of fills) {
    context.fillStyle = fill
    eachCellRect(plan.steps, step, layout, (x, y, w, h) => context.fillRect(x, y, w, h))
  }
  const strip = Math.max(2, Math.round(layout.rowHeight / 5))
  context.fillStyle = IMPACT_COLORS.maintenance
  eachCellRect(plan.maintenance, 1, layout, (x, y, w, h) =>
    context.fillRect(x, y + h - strip, w, strip),
  )
  context.fillStyle = ink.noDataLine
  eachCellRect(plan.partial, 1, layout, (x, y, w) => context.fillRect(x, y, w, strip))
}
