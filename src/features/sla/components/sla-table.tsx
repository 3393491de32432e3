import type { SlaGrid } from '../model/sla-grid'
import { ScrollRegion } from '../../../components/ui/scroll-region'
import { SlaCellContent } from './sla-cell'

const sticky = 'sticky left-0 z-10'

/** Vendors down, periods across; the vendor column stays put while the months scroll. */
export function SlaTable({ grid, caption }: { grid: SlaGrid; caption: string }) {
  return (
    <ScrollRegion
      label={`${caption}; scrolls sideways, most recent columns first in view`}
      startAtEnd
      className="relative overflow-x-auto rounded-md border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
    >
      <table className="w-full text-xs">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200">
          <tr>
            <th
              scope="col"
              className={`${sticky} bg-slate-100 px-2 py-1.5 text-left dark:bg-slate-800`}
            >
              Vendor (target)
            </th>
            {grid.columns.map((column) => (
              <th key={column} scope="col" className="px-2 py-1.5 text-right whitespace-nowrap">
                {column}
              </th>
            ))}
            <th
              scope="col"
              className="border-l border-slate-300 px-2 py-1.5 text-right whitespace-nowrap dark:border-slate-600"
            >
              Period total
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {grid.rows.map((row) => (
            <tr key={row.vendorId}>
              <th
                scope="row"
                className={`${sticky} bg-white px-2 py-1.5 text-left font-medium whitespace-nowrap dark:bg-slate-900`}
              >
                {row.name}
                <span className="block text-[11px] font-normal text-slate-500 dark:text-slate-400">
                  target {row.target} %{row.loading ? ' · loading…' : ''}
                </span>
              </th>
              {row.cells.map((cell) => (
                <td key={cell.label} className="px-2 py-1.5 text-right whitespace-nowrap">
                  <SlaCellContent cell={cell} />
                </td>
              ))}
              <td className="border-l border-slate-300 px-2 py-1.5 text-right font-semibold whitespace-nowrap dark:border-slate-600">
                <SlaCellContent cell={row.total} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
}
