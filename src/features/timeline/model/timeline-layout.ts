import type { TimeRange } from '../../../core/stats/index'
import { BAR_LEVELS, type TimelineBar } from './timeline-bars'
import { barsInRange, type TimelineLane } from './timeline-lanes'

export interface TimelineLayout {
  width: number
  height: number
  labelWidth: number
  laneHeight: number
  /** Vertical space below the lanes for the time axis. */
  axisHeight: number
  plotWidth: number
}

export const BAR_INSET = 4
const HIT_SLOP_PX = 3

/** Sizes in CSS pixels; narrow screens get a narrower label column. */
export function timelineLayout(width: number, laneCount: number): TimelineLayout {
  const labelWidth = width < 640 ? 104 : 184
  const laneHeight = 24
  const axisHeight = 40
  return {
    width,
    height: Math.max(1, laneCount) * laneHeight + axisHeight,
    labelWidth,
    laneHeight,
    axisHeight,
    plotWidth: Math.max(1, width - labelWidth - 8),
  }
}

export function xOf(at: number, visible: TimeRange, layout: TimelineLayout): number {
  return (
    layout.labelWidth + ((at - visible.start) / (visible.end - visible.start)) * layout.plotWidth
  )
}

export function timeAt(x: number, visible: TimeRange, layout: TimelineLayout): number {
  return (
    visible.start + ((x - layout.labelWidth) / layout.plotWidth) * (visible.end - visible.start)
  )
}

/** The bar under a point: the worst level among bars within a few pixels, then the latest start. */
export function hitTest(
  lanes: readonly TimelineLane[],
  layout: TimelineLayout,
  visible: TimeRange,
  x: number,
  y: number,
): { bar: TimelineBar; lane: number } | null {
  const lane = Math.floor(y / layout.laneHeight)
  const within = y - lane * layout.laneHeight
  if (x < layout.labelWidth || within < BAR_INSET - 1 || within > layout.laneHeight - BAR_INSET + 1)
    return null
  const target = lanes[lane]
  if (!target) return null
  const slop = (HIT_SLOP_PX / layout.plotWidth) * (visible.end - visible.start)
  const at = timeAt(x, visible, layout)
  let best: TimelineBar | null = null
  for (const bar of barsInRange(target, at - slop, at + slop)) {
    const rank = BAR_LEVELS.indexOf(bar.level)
    const bestRank = best ? BAR_LEVELS.indexOf(best.level) : -1
    if (rank > bestRank || (rank === bestRank && best && bar.start > best.start)) best = bar
  }
  return best ? { bar: best, lane } : null
}
