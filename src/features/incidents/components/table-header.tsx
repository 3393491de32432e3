import type { IncidentSort } from '../model/incident-filters'
import { WIDE_COLUMNS } from './row-cells'

interface TableHeaderProps {
  sort: IncidentSort
  onSort: (sort: IncidentSort) => void
  zoneName: string
}

const headerCell = 'py-2 text-left text-xs font-semibold text-slate-600 dark:text-slate-300'

/** A header cell that sorts by its column; a second press flips the direction. */
function SortHeader(props: TableHeaderProps & { column: 'start' | 'duration'; label: string }) {
  const active = props.sort.startsWith(props.column)
  const descending = props.sort.endsWith('desc')
  const next: IncidentSort = `${props.column}-${active && descending ? 'asc' : 'desc'}`
  return (
    <div
      role="columnheader"
      aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}
      className={headerCell}
    >
      <button
        type="button"
        className="inline-flex items-center gap-1 hover:underline focus-visible:outline-2 focus-visible:outline-teal-600"
        onClick={() => props.onSort(next)}
      >
        {props.label}
        <span aria-hidden="true" className={active ? '' : 'opacity-30'}>
          {active && !descending ? '▲' : '▼'}
        </span>
      </button>
    </div>
  )
}

export function TableHeader(props: TableHeaderProps) {
  return (
    <div
      role="rowgroup"
      className="overflow-hidden border-b border-slate-200 bg-slate-50 [scrollbar-gutter:stable] dark:border-slate-800 dark:bg-slate-800/50"
    >
      <div role="row" aria-rowindex={1} className={WIDE_COLUMNS}>
        <div role="columnheader" className={headerCell}>
          Vendor
        </div>
        <SortHeader {...props} column="start" label={`Start (${props.zoneName})`} />
        <SortHeader {...props} column="duration" label="Duration" />
        <div role="columnheader" className={headerCell}>
          Kind
        </div>
        <div role="columnheader" className={headerCell}>
          Impact
        </div>
        <div role="columnheader" className={headerCell}>
          Title and components
        </div>
        <div role="columnheader" className={headerCell}>
          Flags
        </div>
      </div>
    </div>
  )
}
