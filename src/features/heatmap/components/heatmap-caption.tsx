import { describeFormula } from '../../../core/stats/index'
import { heatmapCoverage, type CaptionProps } from '../model/heatmap-coverage'

/** The method formula and data coverage under the chart, so a pasted heatmap carries its rules. */
export function HeatmapCaption(props: CaptionProps) {
  const { analysis } = props
  const { method, maintenanceMode, durationSource } = analysis.base
  const coverage = heatmapCoverage(props)
  return (
    <div className="mt-3 space-y-1 text-xs text-slate-600 dark:text-slate-300">
      <p>
        <span className="font-medium">Method:</span>{' '}
        {describeFormula(method, maintenanceMode, durationSource)}. A cell's colour is the day's
        incident minutes × these weights
        {maintenanceMode === 'down' ? ', plus maintenance minutes' : ''}, in UTC days.
      </p>
      <p>{coverage}</p>
    </div>
  )
}
