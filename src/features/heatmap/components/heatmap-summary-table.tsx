import { useState } from 'react'
import { ScrollRegion } from '../../../components/ui/scroll-region'
import { formatMinutes } from '../../../core/stats/index'
import type { HeatmapRow } from '../model/heatmap-model'
import { summarizeRow } from '../model/row-summary'

const cell = 'py-1 pr-3 text-right tabular-nums'

function SummaryRows({ rows, days }: { rows: readonly HeatmapRow[]; days: number }) {
  return (
    <ScrollRegion label="Heatmap rows summarised" className="overflow-x-auto">
      <table className="mt-2 w-full text-left text-xs">
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-700">
            <th className="py-1 pr-3">Row</th>
            <th className={cell}>Weighted downtime</th>
            <th className={cell}>Incident downtime</th>
            <th className={cell}>Maintenance</th>
            <th className={cell}>Days with incidents</th>
            <th className={cell}>Days without data</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const s = summarizeRow(row, days)
            return (
              <tr key={row.key} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {row.label}
                </th>
                <td className={cell}>{formatMinutes(s.weighted)}</td>
                <td className={cell}>{formatMinutes(s.incident)}</td>
                <td className={cell}>{formatMinutes(s.maintenance)}</td>
                <td className={cell}>{s.incidentDays}</td>
                <td className={cell}>{s.noDataDays}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </ScrollRegion>
  )
}

/** The text alternative: each row's totals over the shown days, built only while open. */
export function HeatmapSummaryTable({ rows, days }: { rows: readonly HeatmapRow[]; days: number }) {
  const [open, setOpen] = useState(false)
  return (
    <details className="mt-3 text-sm" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-slate-700 dark:text-slate-200">
        Totals per row as a table
      </summary>
      {open && <SummaryRows rows={rows} days={days} />}
    </details>
  )
}
