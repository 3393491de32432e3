import { NoVendorsYet } from '../../../components/ui/no-vendors'
import type { IncidentSort } from '../model/incident-filters'
import type { IncidentRow } from '../model/incident-rows'
import { IncidentTable } from './incident-table'

interface IncidentsBodyProps {
  vendorCount: number
  total: number
  matching: readonly IncidentRow[]
  loading: boolean
  compact: boolean
  zone: string
  nowMs: number
  sort: IncidentSort
  onSort: (sort: IncidentSort) => void
  selectedKey: string | null
  onOpen: (row: IncidentRow) => void
}

const emptyClass =
  'rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600 dark:border-slate-700 dark:text-slate-300'

/** The table, or a plain sentence (never an empty table that looks like data). */
export function IncidentsBody(props: IncidentsBodyProps) {
  if (props.vendorCount === 0) {
    return <NoVendorsYet />
  }
  if (props.total === 0 && !props.loading) {
    return (
      <p className={emptyClass}>
        No incidents are stored for these vendors yet. If a source failed to load, its error is
        shown on the Overview and under Vendors.
      </p>
    )
  }
  if (props.matching.length === 0 && !props.loading) {
    return <p className={emptyClass}>No incidents match these filters.</p>
  }
  return (
    <IncidentTable
      rows={props.matching}
      compact={props.compact}
      timeZone={props.zone}
      zoneName={props.zone}
      nowMs={props.nowMs}
      sort={props.sort}
      onSort={props.onSort}
      selectedKey={props.selectedKey}
      onOpen={props.onOpen}
    />
  )
}
