import { DOWNTIME_LEVELS, type DowntimeLevel } from '../../../components/ui/downtime-stacks'
import {
  computeDowntimeSeries,
  type DowntimePoint,
  type ImpactWeights,
  type SeriesGranularity,
  type StateTimeline,
} from '../../../core/stats/index'
import { parsePeriod } from '../../../core/stats/index'

/** One week or month of a vendor's downtime: the chart's figures plus raw minutes per level. */
export interface LevelBucket extends DowntimePoint, Record<DowntimeLevel, number> {}

const ZERO_WEIGHTS: ImpactWeights = {
  major_outage: 0,
  partial_outage: 0,
  degraded_performance: 0,
  unknown: 0,
}

/**
 * computeDowntimeSeries split by level: a weight of 1 on one level and 0 elsewhere makes its
 * weighted minutes exactly that level's minutes, so the split needs nothing beyond the public API.
 */
export function computeLevelSeries(
  timeline: StateTimeline,
  period: { from: string; to: string },
  granularity: SeriesGranularity,
  weights: ImpactWeights,
): LevelBucket[] {
  const range = parsePeriod(period.from, period.to)
  const weighted = computeDowntimeSeries(timeline, range, granularity, weights)
  const perLevel = DOWNTIME_LEVELS.map((level) =>
    computeDowntimeSeries(timeline, range, granularity, { ...ZERO_WEIGHTS, [level]: 1 }),
  )
  return weighted.map((point, index) => {
    const levels = Object.fromEntries(
      DOWNTIME_LEVELS.map((level, l) => [
        level,
        perLevel[l]?.[index]?.weightedIncidentMinutes ?? 0,
      ]),
    ) as Record<DowntimeLevel, number>
    return {
      label: point.label,
      from: point.from,
      to: point.to,
      periodMinutes: point.periodMinutes,
      incidentMinutes: point.incidentMinutes,
      weightedIncidentMinutes: point.weightedIncidentMinutes,
      maintenanceMinutes: point.maintenanceMinutes,
      ...levels,
    }
  })
}
