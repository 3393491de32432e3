import { lazy, memo, Suspense } from 'react'
import { OverviewPage } from '../features/overview/overview-page'
import type { Analysis } from '../features/workspace/hooks/use-analysis'
import type { VendorView } from '../features/workspace/hooks/use-vendor-views'
import type { WorkspaceActions } from '../features/workspace/hooks/use-workspace-actions'
import type { Settings } from '../features/workspace/settings/settings-schema'
import type { ViewId } from './views'

// Views other than the overview load on first use, so the first screen ships less JavaScript.
const IncidentsPage = lazy(() =>
  import('../features/incidents/incidents-page').then((m) => ({ default: m.IncidentsPage })),
)
const TimelinePage = lazy(() =>
  import('../features/timeline/timeline-page').then((m) => ({ default: m.TimelinePage })),
)
const HeatmapPage = lazy(() =>
  import('../features/heatmap/heatmap-page').then((m) => ({ default: m.HeatmapPage })),
)
const DowntimePage = lazy(() =>
  import('../features/downtime/downtime-page').then((m) => ({ default: m.DowntimePage })),
)
const SlaPage = lazy(() => import('../features/sla/sla-page').then((m) => ({ default: m.SlaPage })))
const ComparePage = lazy(() =>
  import('../features/compare/compare-page').then((m) => ({ default: m.ComparePage })),
)
const ReportPage = lazy(() =>
  import('../features/report/report-page').then((m) => ({ default: m.ReportPage })),
)
const ExportMenu = lazy(() =>
  import('../features/exports/components/export-menu').then((m) => ({ default: m.ExportMenu })),
)
const VendorsPage = lazy(() =>
  import('../features/vendors/vendors-page').then((m) => ({ default: m.VendorsPage })),
)

export interface ViewProps {
  view: ViewId
  views: VendorView[]
  analysis: Analysis
  actions: WorkspaceActions
  settings: Settings
}

function CurrentView({ view, views, analysis, actions, settings }: ViewProps) {
  switch (view) {
    case 'incidents':
      return (
        <IncidentsPage
          views={views}
          analysis={analysis}
          timeZone={settings.timeZone}
          onTimeZone={(timeZone) => actions.updateSettings((s) => ({ ...s, timeZone }))}
        />
      )
    case 'timeline':
      return <TimelinePage views={views} analysis={analysis} />
    case 'heatmap':
      return <HeatmapPage views={views} analysis={analysis} />
    case 'downtime':
      return <DowntimePage views={views} analysis={analysis} />
    case 'sla':
      return <SlaPage views={views} analysis={analysis} />
    case 'compare':
      return <ComparePage views={views} analysis={analysis} />
    case 'report':
      return <ReportPage views={views} analysis={analysis} />
    case 'vendors':
      return <VendorsPage views={views} actions={actions} />
    default:
      return (
        <OverviewPage
          views={views}
          analysis={analysis}
          onRefresh={(id) => void actions.refresh(id)}
        />
      )
  }
}

// Views whose data people take into spreadsheets get the export menu above them.
const EXPORTABLE: readonly ViewId[] = ['incidents', 'sla']

/**
 * Mounts the feature behind the current view; features get data, not the app's internals. Memoized:
 * while a new view or period renders in a transition, the shown one is not rendered again.
 */
export const ViewOutlet = memo(function ViewOutlet(props: ViewProps) {
  return (
    <Suspense
      fallback={
        <p role="status" className="text-sm text-slate-500">
          Loading the view…
        </p>
      }
    >
      {EXPORTABLE.includes(props.view) && (
        <div className="mb-3 flex justify-end">
          <ExportMenu views={props.views} analysis={props.analysis} />
        </div>
      )}
      <CurrentView {...props} />
    </Suspense>
  )
})
