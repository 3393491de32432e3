import { describeFormula } from '../../core/stats/index'
import type { Analysis } from '../workspace/use-analysis'
import type { VendorView } from '../workspace/use-vendor-views'
import { describeVendorCoverage } from './model/coverage-gaps'
import type { TimelineLane } from './model/timeline-lanes'

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

/** The method formula and data coverage under the chart, so a pasted chart carries its rules. */
export function TimelineCaption({
  view,
  views,
  lanes,
  analysis,
}: {
  view: VendorView | null
  views: readonly VendorView[]
  lanes: readonly TimelineLane[]
  analysis: Analysis
}) {
  const { method, maintenanceMode, durationSource } = analysis.base
  const coverage = view
    ? `Data coverage: ${describeVendorCoverage(view.coverage)}.`
    : fleetCoverage(lanes, views)
  return (
    <div className="mt-3 space-y-1 text-xs text-slate-600 dark:text-slate-300">
      <p>
        <span className="font-medium">Method:</span>{' '}
        {describeFormula(method, maintenanceMode, durationSource)}. Bars span each item's start to
        end by that duration source; items still open are drawn up to the feed's last capture, as
        the figures count them.
      </p>
      <p>{coverage}</p>
    </div>
  )
}
