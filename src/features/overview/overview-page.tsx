import { NoVendorsYet } from '../../components/ui/no-vendors'
import { useDeferredValue, useMemo, useState } from 'react'
import { Button } from '../../components/ui/button'
import { setSearchParams } from '../../components/url-state'
import type { Analysis } from '../workspace/hooks/use-analysis'
import type { VendorView } from '../workspace/hooks/use-vendor-views'
import { vendorDataEnd, vendorFigures } from '../workspace/model/vendor-figures'
import { currentStatus } from './model/current-status'
import { statusDays } from './model/status-days'
import { VendorCard, type CardFigures } from './components/vendor-card'

interface OverviewPageProps {
  views: VendorView[]
  analysis: Analysis
  onRefresh: (vendorId?: string) => void
}

const worstFirst = (a: CardFigures, b: CardFigures) =>
  (a.period.uptimePercent ?? Infinity) - (b.period.uptimePercent ?? Infinity)

const openIncident = (vendorId: string, incidentId: string) =>
  setSearchParams({ view: 'incidents', incident: `${vendorId}:${incidentId}` }, { push: true })

/** One card per vendor, worst uptime over the period first, with a text filter. */
export function OverviewPage({ views, analysis, onRefresh }: OverviewPageProps) {
  const [filter, setFilter] = useState('')
  // The field answers each key at once; the cards follow in a transition a next key may interrupt.
  const needle = useDeferredValue(filter.trim().toLowerCase())
  const allCards = useMemo(
    () =>
      views
        .map((view) => {
          // Without stored coverage (still loading, or a source that speaks for nothing) say so.
          const end =
            view.historyReady && view.coverage?.to ? vendorDataEnd(view, analysis.base.now) : null
          const figures: CardFigures = {
            period: vendorFigures(view, analysis),
            periodLabel: analysis.period.label,
            status: currentStatus(view.incidents, end, analysis.base.now),
            days: statusDays(view, analysis),
          }
          return { view, figures }
        })
        .sort(
          (a, b) =>
            worstFirst(a.figures, b.figures) ||
            a.view.config.name.localeCompare(b.view.config.name),
        ),
    [views, analysis],
  )
  return (
    <section aria-labelledby="overview-title">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 id="overview-title" className="text-xl font-semibold">
          Overview
        </h1>
        <div className="flex items-center gap-2">
          <label className="sr-only" htmlFor="vendor-filter">
            Filter vendors
          </label>
          <input
            id="vendor-filter"
            type="search"
            placeholder="Filter vendors"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
          />
          <Button size="sm" onClick={() => onRefresh()}>
            Refresh all
          </Button>
        </div>
      </div>
      {views.length === 0 ? (
        <NoVendorsYet />
      ) : (
        <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {allCards
            .filter(({ view }) => !needle || view.config.name.toLowerCase().includes(needle))
            .map(({ view, figures }) => (
              <VendorCard
                key={view.config.id}
                view={view}
                figures={figures}
                onRefresh={onRefresh}
                onOpenIncident={openIncident}
              />
            ))}
        </div>
      )}
    </section>
  )
}
