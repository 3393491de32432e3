import { useRef } from 'react'
import { DOWNTIME_LEVELS } from '../../../components/ui/downtime-stacks'
import { IMPACT_LABELS } from '../../../components/ui/impact-style'
import type { StackSource } from '../model/stack-rows'
import { DowntimeTableBody } from './downtime-table-body'

export interface DowntimeTableRow extends StackSource {
  key: string
  label: string
  incidentMinutes: number
  weightedIncidentMinutes: number
  /** Still loading: its coverage reads "loading…", not "no data". */
  loading?: boolean
}

interface DowntimeTableProps {
  caption: string
  /** Header of the first column: "Month", "Week from" or "Vendor". */
  rowHeader: string
  rows: readonly DowntimeTableRow[]
}

/** The chart's numbers as text: what a reviewer copies and what tests read (minutes, unrounded in data-minutes). */
export function DowntimeTable({ caption, rowHeader, rows }: DowntimeTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  return (
    <div
      ref={scrollRef}
      role="region"
      aria-label={`${caption}; scrolls`}
      tabIndex={0}
      className="relative max-h-96 overflow-auto rounded-md border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
    >
      <table className="w-full min-w-[44rem] text-xs">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200">
          <tr>
            <th
              scope="col"
              className="sticky left-0 bg-slate-100 px-2 py-1 text-left dark:bg-slate-800"
            >
              {rowHeader}
            </th>
            {DOWNTIME_LEVELS.map((level) => (
              <th key={level} scope="col" className="px-2 py-1 text-right">
                {IMPACT_LABELS[level]} (min)
              </th>
            ))}
            <th scope="col" className="px-2 py-1 text-right">
              All incidents (min)
            </th>
            <th scope="col" className="px-2 py-1 text-right">
              Counted by method (min)
            </th>
            <th scope="col" className="px-2 py-1 text-right">
              Maintenance (min)
            </th>
            <th scope="col" className="px-2 py-1 text-right">
              Data coverage
            </th>
          </tr>
        </thead>
        <DowntimeTableBody rows={rows} scrollRef={scrollRef} />
      </table>
    </div>
  )
}
