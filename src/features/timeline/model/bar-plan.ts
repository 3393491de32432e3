import type { TimeRange } from '../../../core/stats/index'
import { BAR_LEVELS, type BarLevel } from './timeline-bars'
import { firstReaching, type TimelineLane } from './timeline-lanes'
import { BAR_INSET, xOf, type TimelineLayout } from './timeline-layout'

/** Rectangles as flat [x, y, w, h, …] in CSS pixels. */
export type RectList = number[]

export interface BarPlan {
  /** Per level, in BAR_LEVELS order (mildest first, so the worst is painted last). */
  rects: Record<BarLevel, RectList>
  /** Right ends of open bars, [x, y, …] at the lane's middle. */
  openEnds: number[]
  noData: RectList
  /** Bars drawn, after merging sub-pixel bars into one-pixel columns. */
  drawn: number
}

/**
 * What to paint for the visible visible: bars narrower than 2 px are merged into one column per
 * pixel showing the worst level there, so 10,000 bars in a lane cost at most one rect per pixel.
 */
export function planBars(
  lanes: readonly TimelineLane[],
  layout: TimelineLayout,
  visible: TimeRange,
): BarPlan {
  const rects = Object.fromEntries(
    BAR_LEVELS.map((level) => [level, [] as RectList]),
  ) as BarPlan['rects']
  const plan: BarPlan = { rects, openEnds: [], noData: [], drawn: 0 }
  const left = layout.labelWidth
  const right = left + layout.plotWidth
  const columns = new Int8Array(Math.ceil(layout.plotWidth) + 1)
  const scale = layout.plotWidth / (visible.end - visible.start)
  lanes.forEach((lane, index) => {
    const top = index * layout.laneHeight
    const y = top + BAR_INSET
    const h = layout.laneHeight - 2 * BAR_INSET
    for (const gap of lane.noData) {
      const x0 = Math.max(left, xOf(gap.start, visible, layout))
      const x1 = Math.min(right, xOf(gap.end, visible, layout))
      if (x1 > x0) plan.noData.push(x0, top + 1, x1 - x0, layout.laneHeight - 2)
    }
    columns.fill(-1)
    const { starts, ends, ranks, end: now } = lane
    for (let i = firstReaching(lane, visible.start); i < starts.length; i += 1) {
      const start = starts[i] ?? 0
      if (start >= visible.end) break
      if (start > now) continue
      const open = Number.isNaN(ends[i])
      const end = open ? now : Math.min(ends[i] ?? now, now)
      if (end <= visible.start) continue
      const x0 = Math.max(left, left + (start - visible.start) * scale)
      const x1 = Math.min(right, left + (end - visible.start) * scale)
      const rank = ranks[i] ?? 0
      if (x1 - x0 < 2) {
        const column = Math.min(columns.length - 1, Math.max(0, Math.floor(x0 - left)))
        if (rank > (columns[column] ?? -1)) columns[column] = rank
      } else {
        rects[BAR_LEVELS[rank] ?? 'unknown'].push(x0, y, x1 - x0, h)
        plan.drawn += 1
      }
      if (open && end < visible.end) plan.openEnds.push(x1, top + layout.laneHeight / 2)
    }
    // Runs of columns at one level become one rect.
    for (let column = 0; column < columns.length;) {
      const rank = columns[column] ?? -1
      let end = column + 1
      while (end < columns.length && columns[end] === rank) end += 1
      const level = BAR_LEVELS[rank]
      if (rank >= 0 && level) {
        rects[level].push(left + column, y, end - column + 1, h)
        plan.drawn += 1
      }
      column = end
    }
  })
  return plan
}
