import {
  computeDowntimeSeries,
  parsePeriod,
  type SeriesGranularity,
  type StateTimeline,
} from '../../../core/stats/index'

export interface PeriodBucket {
  label: string
  from: string
  to: string
}

const EMPTY: StateTimeline = {
  starts: new Float64Array(0),
  ends: new Float64Array(0),
  states: new Uint8Array(0),
  length: 0,
}
const NO_WEIGHTS = { major_outage: 0, partial_outage: 0, degraded_performance: 0, unknown: 0 }

/** The weeks or months of a period, labelled and bounded exactly as the downtime series cuts them. */
export function periodBuckets(
  period: { from: string; to: string },
  granularity: SeriesGranularity,
): PeriodBucket[] {
  return computeDowntimeSeries(
    EMPTY,
    parsePeriod(period.from, period.to),
    granularity,
    NO_WEIGHTS,
  ).map(({ label, from, to }) => ({ label, from, to }))
}
