import { createMemoCache } from '../../../core/memo'
import type { TimeRange } from '../../../core/stats/index'
import type { Analysis } from '../../workspace/hooks/use-analysis'
import type { VendorView } from '../../workspace/hooks/use-vendor-views'
import { memoPerHistory } from '../../workspace/model/history-memo'
import { vendorDataEnd } from '../../workspace/model/vendor-figures'
import { uncoveredSpans } from './coverage-gaps'
import { buildVendorBars, type VendorBars } from './timeline-bars'
import { barsInRange, componentLanes, makeLane, type TimelineLane } from './timeline-lanes'

// A vendor whose history has not loaded yet speaks for no time: hatched, never shown as calm.
const NO_COVERAGE = { from: null, to: null, gaps: [] }

/** A vendor's bars under the current duration source, remembered until its history changes. */
export const vendorBars = memoPerHistory(
  (view, analysis: Analysis): VendorBars =>
    buildVendorBars(view.incidents, {
      vendorId: view.config.id,
      durationSource: analysis.base.durationSource,
      excludedComponents: view.config.excludedComponents,
    }),
  {
    limit: 16,
    key: (view, analysis) => [
      view.config.id,
      analysis.base.durationSource,
      view.config.excludedComponents,
    ],
  },
)

// Lanes pack their bars into typed arrays: build them once per bar list, coverage and end.
const lanes = createMemoCache<TimelineLane[]>({ limit: 16 })

/** All vendors: one lane each, by name, on a shared axis. */
export function fleetLanes(views: readonly VendorView[], analysis: Analysis, bounds: TimeRange) {
  return [...views]
    .sort((a, b) => a.config.name.localeCompare(b.config.name))
    .flatMap((view) => {
      const { bars } = vendorBars(view, analysis)
      const noData = uncoveredSpans(view.coverage ?? NO_COVERAGE, bounds)
      const end = Date.parse(vendorDataEnd(view, analysis.base.now))
      return lanes.get(
        ['fleet', view.config.name, noData, end],
        () => [makeLane(view.config.id, view.config.name, view.config.id, bars, noData, end)],
        bars,
      )
    })
}

/** One vendor: a lane per component with something in the period (the vendor's name if none). */
export function vendorLanes(
  view: VendorView,
  analysis: Analysis,
  bounds: TimeRange,
): TimelineLane[] {
  const { bars } = vendorBars(view, analysis)
  const noData = uncoveredSpans(view.coverage ?? NO_COVERAGE, bounds)
  const end = Date.parse(vendorDataEnd(view, analysis.base.now))
  const build = () => {
    const found = componentLanes(view.config.id, bars, noData, end).filter(
      (lane) => barsInRange(lane, bounds.start, bounds.end).length > 0,
    )
    return found.length > 0
      ? found
      : [makeLane(view.config.id, view.config.name, view.config.id, [], noData, end)]
  }
  return lanes.get(['components', view.config.name, noData, end, bounds], build, bars)
}
