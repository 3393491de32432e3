import { createMemoCache } from '../../../core/memo'
import type { SeriesGranularity } from '../../../core/stats/index'
import type { Analysis } from '../../workspace/hooks/use-analysis'
import type { VendorView } from '../../workspace/hooks/use-vendor-views'
import { coverageSpans } from '../../workspace/model/vendor-figures'
import { coveredFraction } from './bucket-coverage'
import { computeLevelSeries, type LevelBucket } from './level-series'
import { vendorStateTimeline } from './vendor-timeline'

export interface DowntimeBucket extends LevelBucket {
  /** 0–1 share of the bucket (up to now) the vendor's data speaks for. */
  coveredFraction: number
}

// Series per timeline, then per period/granularity/weights: switching controls back is free.
const cache = createMemoCache<DowntimeBucket[]>({ limit: 16 })

/** A vendor's weekly or monthly downtime over the analysis period, with each bucket's coverage. */
export function vendorDowntime(
  view: VendorView,
  analysis: Analysis,
  granularity: SeriesGranularity,
): DowntimeBucket[] {
  const timeline = vendorStateTimeline(view, analysis)
  const { from, to } = analysis.period
  const weights = analysis.base.method.weights
  const key = [from, to, granularity, weights, view.coverage, analysis.nowMs]
  const compute = () => {
    const spans = coverageSpans(view.coverage)
    return computeLevelSeries(timeline, { from, to }, granularity, weights).map((bucket) => ({
      ...bucket,
      coveredFraction: coveredFraction(spans, bucket.from, bucket.to, analysis.nowMs),
    }))
  }
  return cache.get(key, compute, timeline)
}
