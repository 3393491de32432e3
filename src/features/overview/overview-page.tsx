import { NoVendorsYet } from '../../components/ui/no-vendors'
import { useState } from 'react'
import { Button } from '../../components/ui/button'
import { setSearchParams } from '../../components/url-state'
import type { Analysis } from '../workspace/use-analysis'
import type { VendorView } from '../workspace/use-vendor-views'
import { vendorDataEnd, vendorFigures } from '../workspace/vendor-figures'
import { trailingWindow } from './uptime-windows'
import { VendorCard, type CardFigures } from './vendor-card'

interface OverviewPageProps {
  views: VendorView[]
  analysis: Analysis
  onRefresh: (vendorId?: string) => void
}

const worstFirst = (a: CardFigures, b: CardFigures) =>
  (a.windows[1]?.stats.uptimePercent ?? Infinity) - (b.windows[1]?.stats.uptimePercent ?? Infinity)

/** One card per vendor, worst uptime first, with a text filter. */
export function OverviewPage({ views, analysis, onRefresh }: OverviewPageProps) {
  const [filter, setFilter] = useState('')
  const needle = filter.trim().toLowerCase()
  const cards = views
    .filter((view) => !needle || view.config.name.toLowerCase().includes(needle))
    .map((view) => {
      const windows = [30, 90].map((days) => {
        const window = trailingWindow(view, days, analysis.clockMs)
        return { label: window.label, stats: vendorFigures(view, analysis, window) }
      })
      return { view, figures: { period: vendorFigures(view, analysis), windows } }
    })
    .sort(
      (a, b) =>
        worstFirst(a.figures, b.figures) || a.view.config.name.localeCompare(b.view.config.name),
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
          {cards.map(({ view, figures }) => (
            <VendorCard
              key={view.config.id}
              view={view}
              figures={figures}
              dataEnd={vendorDataEnd(view, analysis.base.now)}
              nowIso={analysis.base.now}
              onRefresh={() => onRefresh(view.config.id)}
              onOpenIncident={(id) =>
                setSearchParams(
                  { view: 'incidents', incident: `${view.config.id}:${id}` },
                  { push: true },
                )
              }
            />
          ))}
        </div>
      )}
    </section>
  )
}
