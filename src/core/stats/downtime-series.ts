import { minutesByState } from './integrate'
import type { ImpactWeights } from './methods'
import type { StateTimeline } from './sweep'
import { calendarMonths, calendarWeeks, toIsoString, type TimeRange } from './time-range'
import { totalMinutes } from './uptime-formula'
import { MINUTE_MS } from '../time/instants'

export const SERIES_GRANULARITIES = ['week', 'month'] as const
export type SeriesGranularity = (typeof SERIES_GRANULARITIES)[number]

/** One bar of the incident-vs-maintenance downtime chart. */
export interface DowntimePoint {
  label: string
  from: string
  to: string
  periodMinutes: number
  incidentMinutes: number
  weightedIncidentMinutes: number
  maintenanceMinutes: number
}

/** Weekly (from Monday) or calendar-month incident and maintenance minutes, clipped to the range. */
export function computeDowntimeSeries(
  timeline: StateTimeline,
  range: TimeRange,
  granularity: SeriesGranularity,
  weights: ImpactWeights,
): DowntimePoint[] {
  const buckets = granularity === 'week' ? calendarWeeks(range) : calendarMonths(range)
  return buckets.map((bucket) => {
    const totals = totalMinutes(
      minutesByState(timeline, bucket),
      weights,
      (bucket.end - bucket.start) / MINUTE_MS,
    )
    return {
      label: bucket.label,
      from: toIsoString(bucket.start),
      to: toIsoString(bucket.end),
      ...totals,
    }
  })
}
