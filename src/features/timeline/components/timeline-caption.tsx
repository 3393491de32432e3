import { describeFormula } from '../../../core/stats/index'
import type { Analysis } from '../../workspace/hooks/use-analysis'
import { timelineCoverage } from '../model/timeline-coverage'
import type { VendorView } from '../../workspace/hooks/use-vendor-views'
import type { TimelineLane } from '../model/timeline-lanes'

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
  const coverage = timelineCoverage(view, views, lanes)
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
