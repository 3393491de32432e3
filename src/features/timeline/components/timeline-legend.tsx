import { IMPACT_LEVELS } from '../../../core/model'
import { NoDataLegendItem } from '../../../components/ui/no-data-legend-item'
import { IMPACT_COLORS, IMPACT_LABELS } from '../../../components/ui/impact-style'

const swatchBox = 'h-3 w-5 rounded-sm align-middle'
const swatch = `inline-block ${swatchBox}`
const MAINTENANCE_STRIPES = `repeating-linear-gradient(135deg, #bfdbfe 0 3px, ${IMPACT_COLORS.maintenance} 3px 5px)`

/** What the colours, stripes and marks of the timeline mean. */
export function TimelineLegend() {
  return (
    <ul
      aria-label="Legend"
      className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-200"
    >
      {IMPACT_LEVELS.map((level) => (
        <li key={level} className="flex items-center gap-1.5">
          <span className={swatch} style={{ background: IMPACT_COLORS[level] }} />
          {IMPACT_LABELS[level]}
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <span className={swatch} style={{ background: MAINTENANCE_STRIPES }} />
        Maintenance (hatched)
      </li>
      <NoDataLegendItem swatchBox={swatchBox} />
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true">▶</span>
        Still open (drawn to the feed's last capture)
      </li>
      <li className="flex items-center gap-1.5">
        <span
          aria-hidden="true"
          className="inline-block h-3 border-l-2 border-dashed border-teal-600"
        />
        Now
      </li>
    </ul>
  )
}
