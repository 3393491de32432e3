import {
  DOWNTIME_STACK_SERIES,
  formatInUnit,
  type DowntimeUnit,
  type ScaledStackRow,
} from './downtime-stacks'

interface TooltipProps {
  unit: DowntimeUnit
  /** Filled in by recharts. */
  active?: boolean
  payload?: readonly { payload?: ScaledStackRow }[]
}

/** One bar group's minutes per level, in the chart's unit; readable in both themes. */
export function DowntimeStackTooltip({ unit, active, payload }: TooltipProps) {
  const point = payload?.[0]?.payload
  if (!active || !point) return null
  const { row } = point
  return (
    <div className="rounded-md border border-slate-200 bg-white p-2 text-xs text-slate-800 shadow-md dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
      <p className="mb-1 font-semibold">{row.label}</p>
      {!row.hasData ? (
        <p>No data covers this period.</p>
      ) : (
        <ul className="space-y-0.5">
          {DOWNTIME_STACK_SERIES.map((series) => (
            <li key={series.key} className="flex items-center gap-2">
              <span
                aria-hidden
                className="inline-block size-2.5 rounded-sm"
                style={{ background: series.color }}
              />
              <span className="flex-1">{series.label}</span>
              <span className="tabular-nums">{formatInUnit(row[series.key], unit)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
