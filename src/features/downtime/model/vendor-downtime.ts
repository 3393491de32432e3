import type { SeriesGranularity, StateTimeline } from '../../../core/stats/index'
import type { Analysis } from '../../workspace/use-analysis'
import type { VendorView } from '../../workspace/use-vendor-views'
import { coverageSpans } from '../../workspace/vendor-figures'
import { coveredFraction } from './bucket-coverage'
import { computeLevelSeries, type LevelBucket } from './level-series'
import { vendorStateTimeline } from './vendor-timeline'

export interface DowntimeBucket extends LevelBucket {
  /** 0–1 share of the bucket (up to now) the vendor's data speaks for. */
  coveredFraction: number
}

// Series per timeline, then per period/granularity/weights: switching controls back is free.
const cache = new WeakMap<StateTimeline, Map<string, DowntimeBucket[]>>()
const MAX_ENTRIES = 16

/** A vendor's weekly or monthly downtime over the analysis period, with each bucket's coverage. */
export function vendorDowntime(
  view: VendorView,
  analysis: Analysis,
  granularity: SeriesGranularity,
): DowntimeBucket[] {
  const timeline = vendorStateTimeline(view, analysis)
  const { from, to } = analysis.period
  const weights = analysis.base.method.weights
  const key = JSON.stringify([from, to, granularity, weights, view.coverage, analysis.nowMs])
  let byKey = cache.get(timeline)
  if (!byKey) {
    byKey = new Map()
    cache.set(timeline, byKey)
  }
  const cached = byKey.get(key)
  if (cached) return cached
  const spans = coverageSpans(view.coverage)
  const buckets = computeLevelSeries(timeline, { from, to }, granularity, weights).map(
    (bucket) => ({
      ...bucket,
      coveredFraction: coveredFraction(spans, bucket.from, bucket.to, analysis.nowMs),
    }),
  )
  if (byKey.size >= MAX_ENTRIES) byKey.clear()
  byKey.set(key, buckets)
  return buckets
}
