import {
  parsePeriod,
  seriesBuckets,
  type SeriesBucket,
  type SeriesGranularity,
} from '../../../core/stats/index'

export type PeriodBucket = SeriesBucket

/** The weeks or months of a period, labelled and bounded exactly as the downtime series cuts them. */
export function periodBuckets(
  period: { from: string; to: string },
  granularity: SeriesGranularity,
): PeriodBucket[] {
  return seriesBuckets(parsePeriod(period.from, period.to), granularity)
}
