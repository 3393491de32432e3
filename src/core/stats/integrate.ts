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

/**
 * Minutes spent in each state within [start, end), written over `into` (indexed like
 * TIMELINE_STATES) so that callers summing many ranges reuse one array.
 */
export function stateMinutesInto(
  timeline: StateTimeline,
  start: number,
  end: number,
  into: Float64Array,
): Float64Array {
  into.fill(0)
  for (let i = firstRunEndingAfter(timeline, start); i < timeline.length; i += 1) {
    const runStart = timeline.starts[i] ?? 0
    if (runStart >= end) break
    const state = timeline.states[i] ?? 0
    const overlap = Math.min(timeline.ends[i] ?? 0, end) - Math.max(runStart, start)
    into[state] = (into[state] ?? 0) + overlap
  }
  for (let state = 0; state < into.length; state += 1) into[state] = (into[state] ?? 0) / MINUTE_MS
  return into
}

/** Minutes spent in each state within the range, indexed like TIMELINE_STATES. */
export function minutesByState(timeline: StateTimeline, range: TimeRange): Float64Array {
  return stateMinutesInto(timeline, range.start, range.end, new Float64Array(STATE_COUNT))
}
