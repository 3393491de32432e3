import { useMemo } from 'react'
import { setSearchParams, useSearchParams } from '../../components/url-state'
import type { Analysis } from '../workspace/hooks/use-analysis'
import type { VendorView } from '../workspace/hooks/use-vendor-views'
import { isVendorLoading } from '../workspace/model/vendor-loading'
import { IncidentFiltersBar } from './components/incident-filters-bar'
import { IncidentsBody } from './components/incidents-body'
import { SelectedIncident } from './components/selected-incident'
import { TimeZoneToggle } from './components/time-zone-toggle'
import { useIncidentFilters } from './hooks/use-incident-filters'
import { useIncidentRows } from './hooks/use-incident-rows'
import { useMediaQuery } from '../../components/hooks/use-media-query'
import { useSearchDraft } from './hooks/use-search-draft'
import { componentOptions } from './model/facets'
import { filterRows, periodBounds } from './model/filter-rows'
import { findRow } from './model/find-row'
import {
  FILTER_PARAMS,
  filterParamsPatch,
  hasActiveFilters,
  type IncidentFilters,
} from './model/incident-filters'
import type { IncidentRow } from './model/incident-rows'
import { sortRows } from './model/sort-rows'

export interface IncidentsPageProps {
  views: VendorView[]
  analysis: Analysis
  timeZone: 'utc' | 'local'
  onTimeZone: (tz: 'utc' | 'local') => void
}

const LOCAL_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone
const writeFilters = (change: Partial<IncidentFilters>) =>
  setSearchParams(filterParamsPatch(change))
const writeQuery = (q: string) => writeFilters({ q })
const clearFilters = () =>
  setSearchParams(
    Object.fromEntries(FILTER_PARAMS.filter((k) => k !== 'sort').map((k) => [k, null])),
  )
const openIncident = (row: IncidentRow) => setSearchParams({ incident: row.key }, { push: true })
const closeIncident = () => setSearchParams({ incident: null })

function countText(matching: number, total: number, loading: boolean): string {
  if (loading && total === 0) return 'Loading stored incidents…'
  const counts = `${matching.toLocaleString('en')} of ${total.toLocaleString('en')} incidents match`
  return loading ? `${counts} (still loading stored history…)` : counts
}

/** The incident browser: every incident of every vendor, searchable, filterable, linkable. */
export function IncidentsPage({ views, analysis, timeZone, onTimeZone }: IncidentsPageProps) {
  const filters = useIncidentFilters()
  const selectedKey = useSearchParams().get('incident')
  const compact = !useMediaQuery('(min-width: 1024px)')
  const zone = timeZone === 'utc' ? 'UTC' : LOCAL_ZONE
  const [search, setSearch] = useSearchDraft(filters.q, writeQuery)

  const rows = useIncidentRows(views, analysis.base.durationSource, analysis.base.now)
  const sorted = useMemo(() => sortRows(rows, filters.sort), [rows, filters.sort])
  const { period, nowMs } = analysis
  const { from, to } = period
  const matching = useMemo(
    () => filterRows(sorted, filters, periodBounds({ from, to }), nowMs),
    [sorted, filters, from, to, nowMs],
  )
  const components = useMemo(() => componentOptions(rows, filters.vendor), [rows, filters.vendor])
  const selected = findRow(rows, selectedKey)
  // Loading until every vendor's archive is read and each source's first load has settled.
  const loading = views.some(isVendorLoading)

  return (
    <section aria-labelledby="incidents-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="incidents-heading" className="text-xl font-semibold">
          Incidents
        </h1>
        <TimeZoneToggle mode={timeZone} localZone={LOCAL_ZONE} onChange={onTimeZone} />
      </div>
      <IncidentFiltersBar
        filters={filters}
        search={search}
        onSearch={setSearch}
        onChange={writeFilters}
        onClear={hasActiveFilters(filters) ? clearFilters : null}
        vendors={views.map((v) => ({ value: v.config.id, label: v.config.name }))}
        components={components}
        periodLabel={period.label}
      />
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {countText(matching.length, rows.length, loading)}
      </p>
      <IncidentsBody
        vendorCount={views.length}
        total={rows.length}
        matching={matching}
        loading={loading}
        compact={compact}
        zone={zone}
        nowMs={nowMs}
        sort={filters.sort}
        onSort={(sort) => writeFilters({ sort })}
        selectedKey={selectedKey}
        onOpen={openIncident}
      />
      {selectedKey && (selected || !loading) && (
        <SelectedIncident
          selectedKey={selectedKey}
          row={selected}
          excludedComponents={
            views.find((v) => v.config.id === selected?.vendorId)?.config.excludedComponents ?? []
          }
          timeZone={timeZone}
          localZone={LOCAL_ZONE}
          onTimeZone={onTimeZone}
          durationSource={analysis.base.durationSource}
          nowMs={nowMs}
          onClose={closeIncident}
        />
      )}
    </section>
  )
}
