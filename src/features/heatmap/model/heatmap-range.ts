import type { TimeRange } from '../../../core/stats/index'
import { DAY_MS } from '../../../core/time/instants'

export const HEATMAP_SPANS = [30, 90, 365] as const
export type HeatmapSpan = (typeof HEATMAP_SPANS)[number]
const DEFAULT_SPAN: HeatmapSpan = 90

export function parseSpan(value: string | null): HeatmapSpan {
  return HEATMAP_SPANS.find((span) => String(span) === value) ?? DEFAULT_SPAN
}

/**
 * `span` whole UTC days ending where the period ends (exclusive), or earlier with the day of
 * `dataEnd` (the chosen vendor's data end) when that comes first; never starting before the period.
 */
export function heatmapRange(
  period: { from: string; to: string },
  span: HeatmapSpan,
  dataEnd: string | null = null,
): TimeRange {
  const start = Date.parse(`${period.from}T00:00:00Z`)
  const periodEnd = Date.parse(`${period.to}T00:00:00Z`)
  const dataDay = dataEnd === null ? Infinity : Math.floor(Date.parse(dataEnd) / DAY_MS) * DAY_MS
  const end = Math.max(start + DAY_MS, Math.min(periodEnd, dataDay + DAY_MS))
  return { start: Math.max(start, end - span * DAY_MS), end }
}

export const dayString = (ms: number) => new Date(ms).toISOString().slice(0, 10)
