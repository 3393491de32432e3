import type { ImpactLevel } from '../model'
import type { TimelineItem } from './timeline'
import type { TimeRange } from './time-range'
import { MINUTE_MS } from '../time/instants'

// A module-local copy, read per item: an imported binding is reloaded and TDZ-checked at each use (not a getter: native ESM).
const MINUTE = MINUTE_MS

export interface Tally {
  incidentCount: number
  maintenanceCount: number
  longest: number | null
  /** Whole milliseconds, so that the sum does not depend on the order of the items. */
  repairedMs: number
  repaired: number
  countsByImpact: Record<ImpactLevel, number>
}

/** An item counts in a period when it starts in it or overlaps it; open items run until `now`. */
function countsInPeriod(item: TimelineItem, range: TimeRange, now: number): boolean {
  if (item.start >= range.end) return false
  return item.start >= range.start || (item.end ?? now) > range.start
}

function newTally(): Tally {
  return {
    incidentCount: 0,
    maintenanceCount: 0,
    longest: null,
    repairedMs: 0,
    repaired: 0,
    countsByImpact: {
      major_outage: 0,
      partial_outage: 0,
      degraded_performance: 0,
      unknown: 0,
      none: 0,
    } satisfies Record<ImpactLevel, number>,
  }
}

/** One more item of that impact; a switch, since a keyed add with five names goes megamorphic. */
function countImpact(counts: Record<ImpactLevel, number>, impact: ImpactLevel): void {
  switch (impact) {
    case 'major_outage':
      counts.major_outage += 1
      break
    case 'partial_outage':
      counts.partial_outage += 1
      break
    case 'degraded_performance':
      counts.degraded_performance += 1
      break
    case 'unknown':
      counts.unknown += 1
      break
    default:
      counts[impact] += 1
  }
}

function addItem(tally: Tally, item: TimelineItem, range: TimeRange, now: number): void {
  const { incident } = item
  if (incident.kind === 'maintenance') {
    tally.maintenanceCount += 1
    return
  }
  tally.incidentCount += 1
  countImpact(tally.countsByImpact, incident.impact)
  const minutes =
    item.end === null
      ? (Math.min(range.end, now) - item.start) / MINUTE
      : (item.durationMinutes ?? 0)
  tally.longest = tally.longest === null ? minutes : Math.max(tally.longest, minutes)
  if (item.end !== null && item.start >= range.start) {
    tally.repairedMs += Math.round((item.durationMinutes ?? 0) * MINUTE)
    tally.repaired += 1
  }
}

/** Index of the first range that ends after `time`; ranges are sorted and disjoint. */
function firstRangeEndingAfter(ranges: readonly TimeRange[], time: number): number {
  let [low, high] = [0, ranges.length]
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((ranges[middle]?.end ?? 0) > time) high = middle
    else low = middle + 1
  }
  return low
}

/** Tallies the items of each of the sorted, disjoint ranges; each item touches only the ranges it reaches. */
export function tallyItems(
  items: readonly TimelineItem[],
  ranges: readonly TimeRange[],
  until: number,
): Tally[] {
  const tallies = ranges.map(newTally)
  for (const item of items) {
    const reach = item.end ?? until
    for (let index = firstRangeEndingAfter(ranges, item.start); index < ranges.length; index += 1) {
      const range = ranges[index] as TimeRange
      if (range.start > item.start && range.start >= reach) break
      if (countsInPeriod(item, range, until)) addItem(tallies[index] as Tally, item, range, until)
    }
  }
  return tallies
}
