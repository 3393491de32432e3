import { useDeferredValue, useMemo, useState } from 'react'
import type { VendorConfig } from '../../../workspace/settings/settings-schema'
import type { WorkspaceActions } from '../../../workspace/hooks/use-workspace-actions'
import { VENDOR_CATALOGUE } from '../../model/catalogue'
import { findAddedVendor, indexAddedVendors, searchCatalogue } from '../../model/catalogue-search'
import { INPUT_CLASS } from '../form-styles'
import { Panel } from '../panel'
import { CatalogueRow } from './catalogue-row'

interface CataloguePanelProps {
  vendors: readonly VendorConfig[]
  actions: WorkspaceActions
}

/** Well-known vendors, searchable, each added in one click with its best feed. */
export function CataloguePanel({ vendors, actions }: CataloguePanelProps) {
  const [search, setSearch] = useState('')
  const deferred = useDeferredValue(search)
  const entries = useMemo(() => searchCatalogue(VENDOR_CATALOGUE, deferred), [deferred])
  const added = useMemo(() => indexAddedVendors(vendors), [vendors])
  return (
    <Panel
      id="vendors-catalogue"
      title="Catalogue"
      description={`${VENDOR_CATALOGUE.length} well-known vendors. Add finds the status page's feeds and adds the best one (for a Statuspage page: its history feed, its JSON and a year of history).`}
    >
      <div className="space-y-1">
        <label htmlFor="catalogue-search" className="sr-only">
          Search the catalogue
        </label>
        <input
          id="catalogue-search"
          type="search"
          placeholder="Search by name, address or platform"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          aria-describedby="catalogue-count"
          className={INPUT_CLASS}
        />
        <p
          id="catalogue-count"
          aria-live="polite"
          className="text-xs text-slate-500 dark:text-slate-400"
        >
          {entries.length === VENDOR_CATALOGUE.length
            ? `${entries.length} vendors`
            : `${entries.length} of ${VENDOR_CATALOGUE.length} vendors match`}
        </p>
      </div>
      {entries.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-4 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-300">
          No catalogue vendor matches “{deferred.trim()}”. Add it by its address instead.
        </p>
      ) : (
        <ul
          aria-label="Catalogue vendors"
          className="-mx-1 max-h-[26rem] divide-y divide-slate-100 overflow-y-auto px-1 dark:divide-slate-800"
        >
          {entries.map((entry) => (
            <CatalogueRow
              key={entry.name}
              entry={entry}
              added={findAddedVendor(entry, added)}
              actions={actions}
            />
          ))}
        </ul>
      )}
    </Panel>
  )
}
