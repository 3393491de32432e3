import {
  computeDowntimeSeries,
  parsePeriod,
  type DowntimePoint,
  type ImpactWeights,
  type SeriesGranularity,
  type StateTimeline,
} from '../../../core/stats/index'

/** One week or month of a vendor's downtime: the totals and the minutes of each level, from core. */
export type LevelBucket = DowntimePoint

/** The core downtime series over an analysis period (whole UTC days, `to` exclusive). */
export function computeLevelSeries(
  timeline: StateTimeline,
  period: { from: string; to: string },
  granularity: SeriesGranularity,
  weights: ImpactWeights,
): LevelBucket[] {
  return computeDowntimeSeries(timeline, parsePeriod(period.from, period.to), granularity, weights)
}
