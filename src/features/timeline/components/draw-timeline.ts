import { fitText, hatchPattern, type ChartInk } from '../../../components/ui/chart-canvas'
import { IMPACT_COLORS } from '../../../components/ui/impact-style'
import type { TimeRange } from '../../../core/stats/index'
import type { BarPlan, RectList } from '../model/bar-plan'
import { BAR_LEVELS } from '../model/timeline-bars'
import type { TimelineLane } from '../model/timeline-lanes'
import { xOf, type TimelineLayout } from '../model/timeline-layout'
import { timeTicks } from '../model/time-ticks'

function fillRects(context: CanvasRenderingContext2D, rects: RectList) {
  for (let i = 0; i < rects.length; i += 4) {
    context.fillRect(rects[i] ?? 0, rects[i + 1] ?? 0, rects[i + 2] ?? 0, rects[i + 3] ?? 0)
  }
}

function drawLanes(
  context: CanvasRenderingContext2D,
  lanes: readonly TimelineLane[],
  layout: TimelineLayout,
  ink: ChartInk,
) {
  context.font = '12px system-ui, sans-serif'
  context.textBaseline = 'middle'
  lanes.forEach((lane, index) => {
    const top = index * layout.laneHeight
    context.fillStyle = ink.grid
    context.fillRect(layout.labelWidth, top + layout.laneHeight - 1, layout.plotWidth, 1)
    context.fillStyle = ink.text
    context.fillText(
      fitText(context, lane.label, layout.labelWidth - 10),
      2,
      top + layout.laneHeight / 2,
    )
  })
}

function drawAxis(
  context: CanvasRenderingContext2D,
  layout: TimelineLayout,
  visible: TimeRange,
  laneCount: number,
  ink: ChartInk,
) {
  const base = Math.max(1, laneCount) * layout.laneHeight
  context.fillStyle = ink.muted
  context.fillRect(layout.labelWidth, base, layout.plotWidth, 1)
  context.font = '11px system-ui, sans-serif'
  context.textBaseline = 'top'
  context.textAlign = 'center'
  const right = layout.labelWidth + layout.plotWidth
  let freeFrom = 0
  for (const tick of timeTicks(visible, layout.plotWidth, layout.width < 640 ? 64 : 90)) {
    const x = Math.round(xOf(tick.at, visible, layout)) + 0.5
    context.fillStyle = ink.grid
    context.fillRect(x, 0, 1, base)
    const half = context.measureText(tick.label).width / 2
    const centre = Math.min(Math.max(x, layout.labelWidth + half), right - half)
    // Labels held in at the edges must not run into their neighbours.
    if (centre - half < freeFrom) continue
    context.fillStyle = ink.muted
    context.fillText(tick.label, centre, base + 5)
    freeFrom = centre + half + 6
  }
  context.textAlign = 'left'
  context.fillStyle = ink.muted
  context.fillText('Time (UTC)', 2, base + 5)
}

function drawNow(context: CanvasRenderingContext2D, x: number, height: number, ink: ChartInk) {
  context.strokeStyle = ink.focus
  context.setLineDash([4, 3])
  context.beginPath()
  context.moveTo(Math.round(x) + 0.5, 0)
  context.lineTo(Math.round(x) + 0.5, height)
  context.stroke()
  context.setLineDash([])
}

/** Paints lanes, "no data" spans, bars by level (maintenance hatched), open ends, now and the axis. */
export function drawTimeline(
  context: CanvasRenderingContext2D,
  lanes: readonly TimelineLane[],
  layout: TimelineLayout,
  visible: TimeRange,
  now: number,
  plan: BarPlan,
  ink: ChartInk,
) {
  const base = Math.max(1, lanes.length) * layout.laneHeight
  drawAxis(context, layout, visible, lanes.length, ink)
  context.fillStyle = hatchPattern(context, ink.noData, ink.noDataLine)
  fillRects(context, plan.noData)
  drawLanes(context, lanes, layout, ink)
  for (const level of BAR_LEVELS) {
    context.fillStyle =
      level === 'maintenance'
        ? hatchPattern(context, '#bfdbfe', IMPACT_COLORS.maintenance, 5)
        : IMPACT_COLORS[level]
    fillRects(context, plan.rects[level])
  }
  context.fillStyle = ink.text
  for (let i = 0; i < plan.openEnds.length; i += 2) {
    const [x, y] = [plan.openEnds[i] ?? 0, plan.openEnds[i + 1] ?? 0]
    context.beginPath()
    context.moveTo(x, y - 6)
    context.lineTo(x + 7, y)
    context.lineTo(x, y + 6)
    context.closePath()
    context.fill()
  }
  if (now > visible.start && now < visible.end)
    drawNow(context, xOf(now, visible, layout), base, ink)
}
