import type { TimelineItem } from '../../../core/stats/index'
import { DAY_MS } from '../../../core/time/instants'

/** The row's items that overlap one UTC day (open ones run to now; instants count), oldest first. */
export function cellIncidents(
  items: readonly TimelineItem[],
  dayStart: number,
  now: number,
): TimelineItem[] {
  const dayEnd = dayStart + DAY_MS
  return items
    .filter((item) => item.start < dayEnd && Math.max(item.end ?? now, item.start + 1) > dayStart)
    .sort((a, b) => a.start - b.start)
}
