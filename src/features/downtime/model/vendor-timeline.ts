import type { Incident } from '../../../core/model'
import { excludeComponents } from '../../../core/normalize/exclude-components'
import { buildVendorTimeline, type StateTimeline } from '../../../core/stats/index'
import type { Analysis } from '../../workspace/use-analysis'
import type { VendorView } from '../../workspace/use-vendor-views'

// One entry per incident list (react-query keeps its identity until the history changes).
const cache = new WeakMap<readonly Incident[], { key: string; timeline: StateTimeline }>()

/** The vendor's state timeline (excluded components left out), rebuilt only when its inputs change. */
export function vendorStateTimeline(view: VendorView, analysis: Analysis): StateTimeline {
  const { durationSource, now } = analysis.base
  const key = JSON.stringify([view.config.excludedComponents, durationSource, now])
  const cached = cache.get(view.incidents)
  if (cached?.key === key) return cached.timeline
  const incidents = excludeComponents(view.incidents, view.config.excludedComponents)
  const timeline = buildVendorTimeline(incidents, { now, durationSource }).vendor
  cache.set(view.incidents, { key, timeline })
  return timeline
}
