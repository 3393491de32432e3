import { mergeRuns } from './merge-points'
import { scratchPoints } from './point-scratch'
import { INCIDENT_STATE_COUNT, MAINTENANCE, NO_STATE, STATE_COUNT } from './states'

/** Sorted, non-overlapping runs of one state each, in epoch milliseconds; gaps are operational. */
export interface StateTimeline {
  starts: Float64Array
  ends: Float64Array
  states: Uint8Array
  length: number
}

// An end point is packed into one number, time × 16 + (8 if it opens a segment) + state, so that a
// native Float64Array sort orders them. Exact while time < 2^49 ms (year 19800).
const SLOTS = 16
const OPENS = 8
// Module-local copies for the hot loops below: an imported binding is reloaded and TDZ-checked at each use (not a getter: native ESM).
const NONE = NO_STATE
const STATES = STATE_COUNT
const MAINTENANCE_STATE = MAINTENANCE
const INCIDENT_STATES = INCIDENT_STATE_COUNT

/** Collects segments as packed end points. */
export class SegmentBuffer {
  private points: number[] = []

  add(start: number, end: number, state: number): void {
    this.points.push(start * SLOTS + OPENS + state, end * SLOTS + state)
  }

  /** The end points in time order, in an array of their own. */
  sorted(): Float64Array {
    return Float64Array.from(this.points).sort()
  }

  /** The end points with `extra`'s, in time order, in scratch memory that the next call reuses. */
  sortedWith(extra: Float64Array): Float64Array {
    const size = this.points.length
    const scratch = scratchPoints(0, size + extra.length)
    for (let i = 0; i < size; i += 1) scratch[i] = this.points[i] ?? 0
    scratch.set(extra, size)
    return scratch.subarray(0, size + extra.length).sort()
  }
}

/** The runs of several timelines as end points in time order, in scratch memory, to sweep together. */
export function mergedRunPoints(timelines: readonly StateTimeline[]): Float64Array {
  let size = 0
  for (const timeline of timelines) size += timeline.length * 2
  const points = scratchPoints(0, size)
  const bounds = [0]
  let at = 0
  for (const { starts, ends, states, length } of timelines) {
    for (let i = 0; i < length; i += 1) {
      const state = states[i] ?? 0
      points[at] = (starts[i] ?? 0) * SLOTS + OPENS + state
      points[at + 1] = (ends[i] ?? 0) * SLOTS + state
      at += 2
    }
    bounds.push(at)
  }
  return mergeRuns(points, bounds, scratchPoints(1, size)).subarray(0, size)
}

/** Within one component a declared maintenance outranks every incident level on it. */
export function pickComponentState(active: Int32Array): number {
  if ((active[MAINTENANCE_STATE] ?? 0) > 0) return MAINTENANCE_STATE
  for (let state = 0; state < INCIDENT_STATES; state += 1) {
    if ((active[state] ?? 0) > 0) return state
  }
  return NONE
}

/** Across components any incident level outranks maintenance: one window never hides another outage. */
export function pickVendorState(active: Int32Array): number {
  for (let state = 0; state < STATES; state += 1) {
    if ((active[state] ?? 0) > 0) return state
  }
  return NONE
}

// Reused between sweeps (synchronous, so never shared): at most one run starts at each end point.
let scratch = {
  starts: new Float64Array(256),
  ends: new Float64Array(256),
  states: new Uint8Array(256),
}

function scratchFor(size: number): typeof scratch {
  if (scratch.starts.length < size) {
    const length = Math.max(size, scratch.starts.length * 2)
    scratch = {
      starts: new Float64Array(length),
      ends: new Float64Array(length),
      states: new Uint8Array(length),
    }
  }
  return scratch
}

/** Sweeps sorted end points once, keeping the picked state of the active segments at each instant. */
export function sweepStates(
  points: Float64Array,
  pick: (active: Int32Array) => number,
): StateTimeline {
  const active = new Int32Array(STATES)
  const { starts, ends, states } = scratchFor(points.length)
  let length = 0
  let current = NONE
  let since = 0
  let index = 0
  while (index < points.length) {
    const time = Math.floor((points[index] ?? 0) / SLOTS)
    for (; index < points.length; index += 1) {
      const slot = (points[index] ?? 0) - time * SLOTS
      if (slot >= SLOTS) break
      active[slot & 7] = (active[slot & 7] ?? 0) + (slot & OPENS ? 1 : -1)
    }
    const next = pick(active)
    if (next === current) continue
    if (current !== NONE) {
      starts[length] = since
      ends[length] = time
      states[length] = current
      length += 1
    }
    current = next
    since = time
  }
  // One buffer for the three columns: a third of the allocations of three copies.
  const buffer = new ArrayBuffer(length * 17)
  const timeline = {
    starts: new Float64Array(buffer, 0, length),
    ends: new Float64Array(buffer, length * 8, length),
    states: new Uint8Array(buffer, length * 16, length),
    length,
  }
  for (let i = 0; i < length; i += 1) {
    timeline.starts[i] = starts[i] ?? 0
    timeline.ends[i] = ends[i] ?? 0
    timeline.states[i] = states[i] ?? 0
  }
  return timeline
}
