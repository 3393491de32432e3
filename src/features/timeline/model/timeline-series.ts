import type { TimeRange } from '../../../core/stats/index'
import type { Analysis } from '../../workspace/use-analysis'
import type { VendorView } from '../../workspace/use-vendor-views'
import { vendorDataEnd } from '../../workspace/vendor-figures'
import { uncoveredSpans } from './coverage-gaps'
import { buildVendorBars, type VendorBars } from './timeline-bars'
import { barsInRange, componentLanes, makeLane, type TimelineLane } from './timeline-lanes'

// A vendor whose history has not loaded yet speaks for no time: hatched, never shown as calm.
const NO_COVERAGE = { from: null, to: null, gaps: [] }

// Bars per incident list (its identity holds until the history changes), then per options.
const cache = new WeakMap<readonly unknown[], Map<string, VendorBars>>()

/** A vendor's bars under the current duration source, remembered until its history changes. */
export function vendorBars(view: VendorView, analysis: Analysis): VendorBars {
  const { durationSource } = analysis.base
  const key = JSON.stringify([view.config.id, durationSource, view.config.excludedComponents])
  let byOptions = cache.get(view.incidents)
  if (!byOptions) {
    byOptions = new Map()
    cache.set(view.incidents, byOptions)
  }
  let bars = byOptions.get(key)
  if (!bars) {
    if (byOptions.size >= 16) byOptions.clear()
    bars = buildVendorBars(view.incidents, {
      vendorId: view.config.id,
      durationSource,
      excludedComponents: view.config.excludedComponents,
    })
    byOptions.set(key, bars)
  }
  return bars
}

// Lanes pack their bars into typed arrays: build them once per bar list, coverage and end.
const lanes = new WeakMap<readonly unknown[], Map<string, TimelineLane[]>>()

function rememberLanes(
  bars: readonly unknown[],
  key: unknown[],
  build: () => TimelineLane[],
): TimelineLane[] {
  let byKey = lanes.get(bars)
  if (!byKey) {
    byKey = new Map()
    lanes.set(bars, byKey)
  }
  const text = JSON.stringify(key)
  let found = byKey.get(text)
  if (!found) {
    if (byKey.size >= 16) byKey.clear()
    found = build()
    byKey.set(text, found)
  }
  return found
}

/** All vendors: one lane each, by name, on a shared axis. */
export function fleetLanes(views: readonly VendorView[], analysis: Analysis, bounds: TimeRange) {
  return [...views]
    .sort((a, b) => a.config.name.localeCompare(b.config.name))
    .flatMap((view) => {
      const { bars } = vendorBars(view, analysis)
      const noData = uncoveredSpans(view.coverage ?? NO_COVERAGE, bounds)
      const end = Date.parse(vendorDataEnd(view, analysis.base.now))
      return rememberLanes(bars, ['fleet', view.config.name, noData, end], () => [
        makeLane(view.config.id, view.config.name, view.config.id, bars, noData, end),
      ])
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
  return rememberLanes(bars, ['components', view.config.name, noData, end, bounds], () => {
    const found = componentLanes(view.config.id, bars, noData, end).filter(
      (lane) => barsInRange(lane, bounds.start, bounds.end).length > 0,
    )
    return found.length > 0
      ? found
      : [makeLane(view.config.id, view.config.name, view.config.id, [], noData, end)]
  })
}
