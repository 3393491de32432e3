import type { VendorView } from '../../workspace/hooks/use-vendor-views'
import { coverageCaption } from '../../workspace/model/coverage-caption'
import type { TimelineLane } from './timeline-lanes'

function fleetCoverage(lanes: readonly TimelineLane[], views: readonly VendorView[]): string {
  const partial = lanes.filter((lane) => lane.noData.length > 0).map((lane) => lane.label)
  const loading = views.filter((view) => !view.historyReady).length
  const parts = [
    partial.length === 0
      ? 'every vendor covers the whole period'
      : `${partial.length} of ${lanes.length} vendors do not cover the whole period` +
        (partial.length <= 6 ? ` (${partial.join(', ')})` : '') +
        '; their uncovered time is hatched as no data',
  ]
  if (loading > 0) parts.push(`${loading} vendors' stored history is still loading`)
  return `Data coverage: ${parts.join('; ')}.`
}

/** The coverage sentence, shared by the caption and the image export. */
export function timelineCoverage(
  view: VendorView | null,
  views: readonly VendorView[],
  lanes: readonly TimelineLane[],
): string {
  return view ? `Data coverage: ${coverageCaption(view.coverage)}.` : fleetCoverage(lanes, views)
}
