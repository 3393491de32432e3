import { DOWNTIME_LEVELS } from '../../../components/ui/downtime-stacks'
import { IMPACT_LABELS } from '../../../components/ui/impact-style'
import { DAY_CLEAR, DAY_MAINTENANCE } from '../../workspace/days/vendor-days'
import { DAY_COLORS } from '../../workspace/days/day-colors'

const ITEMS = [
  ...DOWNTIME_LEVELS.map((level, code) => ({
    label: IMPACT_LABELS[level],
    color: DAY_COLORS[code],
  })),
  { label: 'Maintenance only', color: DAY_COLORS[DAY_MAINTENANCE] },
  { label: 'No incidents', color: DAY_COLORS[DAY_CLEAR] },
]

/** Colours of the daily strips: a day takes its worst level. */
export function DayStripLegend() {
  return (
    <ul
      aria-label="Daily strip legend"
      className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300"
    >
      <li className="font-semibold">Daily strips:</li>
      {ITEMS.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          <span
            aria-hidden
            className="inline-block size-3 rounded-sm"
            style={{ background: item.color }}
          />
          {item.label}
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="inline-block size-3 rounded-sm bg-slate-400/30" />
        No data
      </li>
    </ul>
  )
}
