import { minutesByState } from './integrate'
import type { StateTimeline } from './sweep'
import {
  calendarMonths,
  calendarWeeks,
  toIsoString,
  type LabeledRange,
  type TimeRange,
} from './time-range'
import { levelMinutes, totalMinutes } from './uptime-formula'
import type { ImpactWeights, LevelMinutes } from './weighted-levels'
import { MINUTE_MS } from '../time/instants'

export const SERIES_GRANULARITIES = ['week', 'month'] as const
export type SeriesGranularity = (typeof SERIES_GRANULARITIES)[number]

/** One week or month of a period, clipped to it, with ISO bounds. */
export interface SeriesBucket {
  label: string
  from: string
  to: string
}

/** One bar of the downtime chart: the totals, and the incident minutes of each level. */
export interface DowntimePoint extends SeriesBucket, LevelMinutes {
  periodMinutes: number
  incidentMinutes: number
  weightedIncidentMinutes: number
  maintenanceMinutes: number
}

function cut(range: TimeRange, granularity: SeriesGranularity): LabeledRange[] {
  return granularity === 'week' ? calendarWeeks(range) : calendarMonths(range)
}

const bounds = (bucket: LabeledRange): SeriesBucket => ({
  label: bucket.label,
  from: toIsoString(bucket.start),
  to: toIsoString(bucket.end),
})

/** The weeks (from Monday) or calendar months of the range, as the downtime series cuts it. */
export function seriesBuckets(range: TimeRange, granularity: SeriesGranularity): SeriesBucket[] {
  return cut(range, granularity).map(bounds)
}

/** Weekly (from Monday) or calendar-month incident and maintenance minutes, clipped to the range. */
export function computeDowntimeSeries(
  timeline: StateTimeline,
  range: TimeRange,
  granularity: SeriesGranularity,
  weights: ImpactWeights,
): DowntimePoint[] {
  return cut(range, granularity).map((bucket) => {
    const byState = minutesByState(timeline, bucket)
    return {
      ...bounds(bucket),
      ...totalMinutes(byState, weights, (bucket.end - bucket.start) / MINUTE_MS),
      ...levelMinutes(byState),
    }
  })
}
