import { NoDataLegendItem } from '../../../components/ui/no-data-legend-item'
import { IMPACT_COLORS } from '../../../components/ui/impact-style'
import { HEATMAP_STEPS } from '../model/heatmap-steps'

const swatchBox = 'h-3 w-4 rounded-sm align-middle'
const swatch = `inline-block ${swatchBox}`

/** The stepped scale with its thresholds, and the marks for maintenance and partial days. */
export function HeatmapLegend({ downtimeRule }: { downtimeRule: string }) {
  return (
    <div className="text-xs text-slate-700 dark:text-slate-200">
      <p className="mb-1 font-medium">Weighted downtime per day ({downtimeRule})</p>
      <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1">
        {HEATMAP_STEPS.map((step) => (
          <li key={step.label} className="flex items-center gap-1.5">
            <span className={swatch} style={{ background: step.color }} />
            {step.label}
          </li>
        ))}
        <NoDataLegendItem swatchBox={swatchBox} />
        <li className="flex items-center gap-1.5">
          <span
            className={swatch}
            style={{
              background: `linear-gradient(to top, ${IMPACT_COLORS.maintenance} 0 30%, ${IMPACT_COLORS.operational} 30%)`,
            }}
          />
          Maintenance that day (blue strip)
        </li>
        <li className="flex items-center gap-1.5">
          <span
            className={swatch}
            style={{
              background: `linear-gradient(#94a3b8 0 30%, ${IMPACT_COLORS.operational} 30%)`,
            }}
          />
          Data covers part of the day (grey strip)
        </li>
      </ul>
    </div>
  )
}
