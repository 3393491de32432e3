import { NoVendorsYet } from '../../components/ui/no-vendors'
import { useMemo } from 'react'
import { setSearchParams, useSearchParam } from '../../components/url-state'
import { LoadingNote } from '../workspace/components/loading-note'
import type { Analysis } from '../workspace/hooks/use-analysis'
import type { VendorView } from '../workspace/hooks/use-vendor-views'
import type { TimelineBar } from './model/timeline-bars'
import { TimelineCaption } from './components/timeline-caption'
import { TimelineChart } from './components/timeline-chart'
import { timelineExportSource } from './components/timeline-export'
import { TimelineLegend } from './components/timeline-legend'
import { fleetLanes, vendorLanes } from './model/timeline-series'
import { ALL_VENDORS, VendorSelect } from '../workspace/components/vendor-select'

function incidentHref(bar: TimelineBar): string {
  const params = new URLSearchParams(globalThis.location.search)
  params.set('view', 'incidents')
  params.set('incident', `${bar.vendorId}:${bar.incidentId}`)
  params.delete('vendor')
  return `?${params.toString()}`
}

const openIncident = (bar: TimelineBar) =>
  setSearchParams(
    { view: 'incidents', incident: `${bar.vendorId}:${bar.incidentId}`, vendor: null },
    { push: true },
  )

/** Incident timeline: one lane per component (one vendor) or per vendor (all vendors). */
export function TimelinePage({ views, analysis }: { views: VendorView[]; analysis: Analysis }) {
  const [vendorParam, setVendor] = useSearchParam('vendor', ALL_VENDORS)
  const view = views.find((v) => v.config.id === vendorParam) ?? null
  const { from, to } = analysis.period
  const bounds = useMemo(
    () => ({ start: Date.parse(`${from}T00:00:00Z`), end: Date.parse(`${to}T00:00:00Z`) }),
    [from, to],
  )
  const lanes = useMemo(
    () => (view ? vendorLanes(view, analysis, bounds) : fleetLanes(views, analysis, bounds)),
    [view, views, analysis, bounds],
  )
  const names = new Map(views.map((v) => [v.config.id, v.config.name]))
  const subject = view ? view.config.name : 'all vendors'
  const title = `Incident timeline: ${subject}, ${analysis.period.label}`
  return (
    <section aria-labelledby="timeline-title">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <h1 id="timeline-title" className="text-xl font-semibold">
          {title}
        </h1>
        <VendorSelect
          allLabel="All vendors (one lane each)"
          views={views}
          value={view ? view.config.id : ALL_VENDORS}
          onChange={(id) => setVendor(id === ALL_VENDORS ? null : id)}
        />
      </div>
      {vendorParam !== ALL_VENDORS && !view && views.length > 0 && (
        <p role="status" className="mb-2 text-sm text-amber-700 dark:text-amber-300">
          That vendor is not in the workspace; showing all vendors.
        </p>
      )}
      {views.length === 0 ? (
        <NoVendorsYet purpose="to see its incidents on a timeline" />
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
          <LoadingNote views={view ? [view] : views} />
          <TimelineLegend />
          <div className="mt-3">
            <TimelineChart
              key={`${bounds.start}-${bounds.end}-${view?.config.id ?? ALL_VENDORS}`}
              lanes={lanes}
              bounds={bounds}
              now={analysis.nowMs}
              label={`${title}. ${lanes.length} lanes. The table below lists the bars in view.`}
              vendorName={(id) => names.get(id) ?? id}
              incidentHref={incidentHref}
              onOpen={openIncident}
              exportSource={(visible) =>
                timelineExportSource({ view, views, lanes, analysis, visible, bounds })
              }
            />
          </div>
          <TimelineCaption view={view} views={views} lanes={lanes} analysis={analysis} />
        </div>
      )}
    </section>
  )
}
