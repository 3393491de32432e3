import { DOWNTIME_STACK_SERIES } from './downtime-stacks'

/** The stacks' colours in words; an HTML legend wraps on narrow screens and follows the theme. */
export function DowntimeStackLegend({
  showNoData = false,
  title,
}: {
  showNoData?: boolean
  /** A lead-in such as "Bars:" when a figure has more than one legend. */
  title?: string
}) {
  return (
    <ul
      className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300"
      aria-label="Legend"
    >
      {title && <li className="font-semibold">{title}</li>}
      {DOWNTIME_STACK_SERIES.map((series) => (
        <li key={series.key} className="flex items-center gap-1.5">
          <span
            aria-hidden
            className="inline-block size-3 rounded-sm"
            style={{ background: series.color }}
          />
          {series.label}
          {series.stackId === 'maintenance' ? ' (separate bar)' : ''}
        </li>
      ))}
      {showNoData && (
        <li className="flex items-center gap-1.5">
          <span
            aria-hidden
            className="inline-block size-3 rounded-sm bg-slate-400/30 ring-1 ring-slate-400/50"
          />
          No data (period not covered by the feed)
        </li>
      )}
    </ul>
  )
}
