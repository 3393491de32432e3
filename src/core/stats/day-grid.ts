import { TIMELINE_STATES, type TimelineState } from './states'
import type { StateTimeline } from './sweep'
import type { VendorTimeline } from './timeline'
import { dayLabels, type TimeRange } from './time-range'
import { DAY_MS, MINUTE_MS } from '../time/instants'

export interface DayGridRow {
  /** A component name, WHOLE_VENDOR, or null for the vendor as a whole. */
  component: string | null
  /** Minutes per day in each state; index d is `days[d]`. */
  minutes: Record<TimelineState, Float64Array>
}

/** Heatmap data: minutes per component, day and state over whole UTC days. */
export interface DayGrid {
  days: string[]
  rows: DayGridRow[]
}

function fillRow(
  timeline: StateTimeline,
  range: TimeRange,
  dayCount: number,
): DayGridRow['minutes'] {
  const perState = TIMELINE_STATES.map(() => new Float64Array(dayCount))
  for (let i = 0; i < timeline.length; i += 1) {
    const start = Math.max(timeline.starts[i] ?? 0, range.start)
    const end = Math.min(timeline.ends[i] ?? 0, range.end)
    const cells = perState[timeline.states[i] ?? 0]
    if (!cells) continue
    for (let at = start; at < end;) {
      const day = Math.floor((at - range.start) / DAY_MS)
      const dayEnd = Math.min(range.start + (day + 1) * DAY_MS, end)
      cells[day] = (cells[day] ?? 0) + (dayEnd - at) / MINUTE_MS
      at = dayEnd
    }
  }
  return Object.fromEntries(
    TIMELINE_STATES.map((state, index) => [state, perState[index]]),
  ) as DayGridRow['minutes']
}

/** One row for the vendor, then one per component, each run split at UTC midnights: O(runs + days). */
export function computeDayGrid(timeline: VendorTimeline, range: TimeRange): DayGrid {
  const dayCount = Math.ceil((range.end - range.start) / DAY_MS)
  const days = dayLabels(range.start, dayCount)
  const rows: DayGridRow[] = [
    { component: null, minutes: fillRow(timeline.vendor, range, dayCount) },
    ...timeline.components.map((row) => ({
      component: row.name,
      minutes: fillRow(row.timeline, range, dayCount),
    })),
  ]
  return { days, rows }
}
