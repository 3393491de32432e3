import { Button } from '../../../components/ui/button'
import { IMPACT_LABELS } from '../../../components/ui/impact-style'
import { IMPACT_LEVELS } from '../../../core/model'
import type { IncidentFilters, IncidentSort } from '../model/incident-filters'
import { FIELD_CLASS, FIELD_LABEL_CLASS } from './field-styles'
import { SelectField, type SelectOption } from './select-field'

interface IncidentFiltersBarProps {
  filters: IncidentFilters
  search: string
  onSearch: (value: string) => void
  onChange: (change: Partial<IncidentFilters>) => void
  onClear: (() => void) | null
  vendors: readonly SelectOption[]
  components: readonly string[]
  periodLabel: string
}

const ANY = { value: '', label: 'Any' }
const KINDS = [
  ANY,
  { value: 'incident', label: 'Incidents' },
  { value: 'maintenance', label: 'Maintenance' },
]
const IMPACTS = [
  ANY,
  ...IMPACT_LEVELS.map((level) => ({ value: level, label: IMPACT_LABELS[level] })),
]
const STATES = [ANY, { value: 'open', label: 'Open' }, { value: 'resolved', label: 'Resolved' }]
const SORT_LABELS: Record<IncidentSort, string> = {
  'start-desc': 'Newest first',
  'start-asc': 'Oldest first',
  'duration-desc': 'Longest first',
  'duration-asc': 'Shortest first',
}
const SORTS = Object.entries(SORT_LABELS).map(([value, label]) => ({ value, label }))

const orNull = <T extends string>(value: string) => (value === '' ? null : (value as T))

/** Search, filters and sort; every value lives in the URL. */
export function IncidentFiltersBar(props: IncidentFiltersBarProps) {
  const { filters, onChange } = props
  return (
    <div
      role="search"
      aria-label="Incident filters"
      className="grid grid-cols-2 items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <label className="col-span-2 flex flex-col gap-1 sm:col-span-3 lg:col-span-2">
        <span className={FIELD_LABEL_CLASS}>Search titles and updates</span>
        <input
          type="search"
          className={FIELD_CLASS}
          placeholder="e.g. admin panel"
          value={props.search}
          onChange={(e) => props.onSearch(e.target.value)}
        />
      </label>
      <SelectField
        label="Vendor"
        value={filters.vendor ?? ''}
        options={[{ value: '', label: 'All vendors' }, ...props.vendors]}
        onChange={(value) => onChange({ vendor: orNull(value), component: null })}
      />
      <SelectField
        label="Component"
        value={filters.component ?? ''}
        options={[
          { value: '', label: 'All components' },
          ...props.components.map((name) => ({ value: name, label: name })),
        ]}
        onChange={(value) => onChange({ component: orNull(value) })}
      />
      <SelectField
        label="Kind"
        value={filters.kind ?? ''}
        options={KINDS}
        onChange={(value) => onChange({ kind: orNull(value) })}
      />
      <SelectField
        label="Impact"
        value={filters.impact ?? ''}
        options={IMPACTS}
        onChange={(value) => onChange({ impact: orNull(value) })}
      />
      <SelectField
        label="State"
        value={filters.state ?? ''}
        options={STATES}
        onChange={(value) => onChange({ state: orNull(value) })}
      />
      <SelectField
        label="Sort"
        value={filters.sort}
        options={SORTS}
        onChange={(value) => onChange({ sort: value as IncidentSort })}
      />
      <div className="col-span-2 sm:col-span-2">
        <SelectField
          label="Period"
          value={filters.range}
          options={[
            { value: 'period', label: `Analysis period: ${props.periodLabel}` },
            { value: 'any', label: 'Any time (all stored incidents)' },
          ]}
          onChange={(value) => onChange({ range: value as IncidentFilters['range'] })}
        />
      </div>
      <div className="flex items-end">
        <Button size="sm" disabled={props.onClear === null} onClick={props.onClear ?? undefined}>
          Clear filters
        </Button>
      </div>
    </div>
  )
}
