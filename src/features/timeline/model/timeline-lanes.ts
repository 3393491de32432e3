import type { TimeRange } from '../../../core/stats/index'
import type { TimelineBar } from './timeline-bars'
import { BAR_LEVELS, WHOLE_VENDOR } from './timeline-bars'

export interface TimelineLane {
  key: string
  label: string
  vendorId: string
  /** Oldest start first. */
  bars: TimelineBar[]
  /** reach[i]: the latest end among bars[0..i] (Infinity once one is open), for range search. */
  reach: Float64Array
  /** The bars' starts, ends (NaN while open) and BAR_LEVELS ranks, packed for the paint loop. */
  starts: Float64Array
  ends: Float64Array
  ranks: Int8Array
  /** Parts of the period no data covers (drawn as "no data"); empty when coverage is not stated. */
  noData: TimeRange[]
  /** Where open bars stop: the vendor's last capture (or now for a live feed). */
  end: number
}

export const WHOLE_VENDOR_LABEL = 'Whole vendor (no component named)'

export function makeLane(
  key: string,
  label: string,
  vendorId: string,
  bars: TimelineBar[],
  noData: TimeRange[],
  end: number,
): TimelineLane {
  const reach = new Float64Array(bars.length)
  const starts = new Float64Array(bars.length)
  const ends = new Float64Array(bars.length)
  const ranks = new Int8Array(bars.length)
  let latest = -Infinity
  bars.forEach((bar, index) => {
    latest = Math.max(latest, bar.end ?? Infinity)
    reach[index] = latest
    starts[index] = bar.start
    ends[index] = bar.end ?? Number.NaN
    ranks[index] = BAR_LEVELS.indexOf(bar.level)
  })
  return { key, label, vendorId, bars, reach, starts, ends, ranks, noData, end }
}

/** One vendor: a lane per component (by name), items naming none in a whole-vendor lane first. */
export function componentLanes(
  vendorId: string,
  bars: readonly TimelineBar[],
  noData: TimeRange[],
  end: number,
): TimelineLane[] {
  const byComponent = new Map<string, TimelineBar[]>()
  for (const bar of bars) {
    for (const name of bar.components.length === 0 ? [WHOLE_VENDOR] : bar.components) {
      const list = byComponent.get(name)
      if (list) list.push(bar)
      else byComponent.set(name, [bar])
    }
  }
  const names = [...byComponent.keys()].sort((a, b) =>
    a === WHOLE_VENDOR ? -1 : b === WHOLE_VENDOR ? 1 : a.localeCompare(b),
  )
  return names.map((name) =>
    makeLane(
      `${vendorId}/${name}`,
      name === WHOLE_VENDOR ? WHOLE_VENDOR_LABEL : name,
      vendorId,
      byComponent.get(name) ?? [],
      noData,
      end,
    ),
  )
}

/** First index whose bar may still be visible at `from` (reach is non-decreasing). */
export function firstReaching(lane: TimelineLane, from: number): number {
  let [low, high] = [0, lane.reach.length]
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((lane.reach[middle] ?? 0) > from) high = middle
    else low = middle + 1
  }
  return low
}

/** The lane's bars overlapping [from, to), open ones running to the lane's end. */
export function barsInRange(lane: TimelineLane, from: number, to: number): TimelineBar[] {
  const now = lane.end
  const found: TimelineBar[] = []
  for (let i = firstReaching(lane, from); i < lane.bars.length; i += 1) {
    const bar = lane.bars[i]
    if (!bar || bar.start >= to) break
    if (bar.start <= now && (bar.end ?? now) > from) found.push(bar)
  }
  return found
}
