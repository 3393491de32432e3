import type { Incident } from '../../../core/model'
import { excludeComponents } from '../../../core/normalize/exclude-components'
import { buildVendorTimeline, type StateTimeline } from '../../../core/stats/index'
import type { Analysis } from '../../workspace/use-analysis'
import type { VendorView } from '../../workspace/use-vendor-views'
import { vendorDataEnd } from '../../workspace/vendor-figures'

// One entry per incident list (react-query keeps its identity until the history changes).
const cache = new WeakMap<readonly Incident[], { key: string; timeline: StateTimeline }>()

/**
 * The vendor's state timeline (excluded components left out), rebuilt only when its inputs change.
 * Open items stop at the vendor's data end, as in every other view.
 */
export function vendorStateTimeline(view: VendorView, analysis: Analysis): StateTimeline {
  const { durationSource } = analysis.base
  const now = vendorDataEnd(view, analysis.base.now)
  const key = JSON.stringify([view.config.excludedComponents, durationSource, now])
  const cached = cache.get(view.incidents)
  if (cached?.key === key) return cached.timeline
  const incidents = excludeComponents(view.incidents, view.config.excludedComponents)
  const timeline = buildVendorTimeline(incidents, { now, durationSource }).vendor
  cache.set(view.incidents, { key, timeline })
  return timeline
}
