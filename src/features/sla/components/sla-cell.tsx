import type { SlaCell } from '../model/sla-grid'

const STATUS_STYLE = {
  met: 'text-emerald-700 dark:text-emerald-300',
  breached: 'text-red-700 dark:text-red-300',
  no_data: 'text-slate-500 dark:text-slate-400',
} as const

/** One period's uptime, verdict and credit; partial coverage flagged in text, not colour alone. */
export function SlaCellContent({ cell }: { cell: SlaCell }) {
  if (cell.uptimePercent === null) {
    return (
      <span className="text-slate-500 italic dark:text-slate-400" title={cell.note ?? undefined}>
        no data
      </span>
    )
  }
  return (
    <span className="flex flex-col items-end leading-tight" title={cell.note ?? undefined}>
      <span className="tabular-nums">
        {cell.uptimePercent.toFixed(3)} %
        {cell.partial && (
          <abbr title={cell.note ?? 'partial coverage'} className="ml-0.5 no-underline">
            *<span className="sr-only"> (partial coverage: {cell.note})</span>
          </abbr>
        )}
      </span>
      <span className={`text-[11px] ${STATUS_STYLE[cell.status]}`}>{cell.status}</span>
      {cell.creditPercent > 0 && (
        <span className={`text-[11px] ${STATUS_STYLE[cell.status]}`}>
          credit {cell.creditPercent} %
        </span>
      )}
    </span>
  )
}
