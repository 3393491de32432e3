import { excludeComponents } from '../../../core/normalize/exclude-components'
import { buildVendorTimeline, type StateTimeline } from '../../../core/stats/index'
import type { Analysis } from '../../workspace/hooks/use-analysis'
import { memoPerHistory } from '../../workspace/model/history-memo'
import { vendorDataEnd } from '../../workspace/model/vendor-figures'

/**
 * The vendor's state timeline (excluded components left out), rebuilt only when its inputs change.
 * Open items stop at the vendor's data end, as in every other view.
 */
export const vendorStateTimeline = memoPerHistory(
  (view, analysis: Analysis): StateTimeline => {
    const now = vendorDataEnd(view, analysis.base.now)
    const incidents = excludeComponents(view.incidents, view.config.excludedComponents)
    return buildVendorTimeline(incidents, { now, durationSource: analysis.base.durationSource })
      .vendor
  },
  {
    limit: 1,
    key: (view, analysis) => [
      view.config.excludedComponents,
      analysis.base.durationSource,
      vendorDataEnd(view, analysis.base.now),
    ],
  },
)
