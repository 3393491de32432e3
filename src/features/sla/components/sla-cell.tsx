import type { SlaCell } from '../model/sla-grid'

const STATUS_STYLE = {
  met: 'text-emerald-800 dark:text-emerald-300',
  breached: 'text-red-700 dark:text-red-300',
  insufficient_data: 'text-slate-600 dark:text-slate-300',
  no_data: 'text-slate-600 dark:text-slate-300',
} as const

/** One period's uptime with its coverage, verdict and credit; partial coverage said in words. */
export function SlaCellContent({ cell }: { cell: SlaCell }) {
  if (cell.uptimePercent === null) {
    return (
      <span className="text-slate-600 italic dark:text-slate-300" title={cell.note ?? undefined}>
        no data
      </span>
    )
  }
  return (
    <span className="flex flex-col items-end leading-tight" title={cell.note ?? undefined}>
      <span className="tabular-nums" data-testid="sla-uptime">
        {cell.uptimePercent.toFixed(3)} %
      </span>
      {cell.coverage && (
        <span className="text-[11px] text-slate-600 dark:text-slate-300">{cell.coverage}</span>
      )}
      <span className={`text-[11px] ${STATUS_STYLE[cell.status]}`} data-testid="sla-verdict">
        {cell.verdict}
      </span>
    </span>
  )
}
