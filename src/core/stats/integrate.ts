import { STATE_COUNT } from './states'
import type { StateTimeline } from './sweep'
import { type TimeRange } from './time-range'
import { MINUTE_MS } from '../time/instants'

/** Index of the first run that ends after `time`. */
function firstRunEndingAfter(timeline: StateTimeline, time: number): number {
  let low = 0
  let high = timeline.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((timeline.ends[middle] ?? 0) > time) high = middle
    else low = middle + 1
  }
  return low
}

/** Minutes spent in each state within the range, indexed like TIMELINE_STATES. */
export function minutesByState(timeline: StateTimeline, range: TimeRange): Float64Array {
  const milliseconds = new Float64Array(STATE_COUNT)
  for (let i = firstRunEndingAfter(timeline, range.start); i < timeline.length; i += 1) {
    const start = timeline.starts[i] ?? 0
    if (start >= range.end) break
    const state = timeline.states[i] ?? 0
    const overlap = Math.min(timeline.ends[i] ?? 0, range.end) - Math.max(start, range.start)
    milliseconds[state] = (milliseconds[state] ?? 0) + overlap
  }
  return milliseconds.map((value) => value / MINUTE_MS)
}
