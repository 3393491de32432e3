import { useEffect } from 'react'
import { flushSync } from 'react-dom'
import { setSearchParams, useSearchParams } from '../../components/url-state'
import type { Analysis } from '../workspace/hooks/use-analysis'
import type { VendorView } from '../workspace/hooks/use-vendor-views'
import { isVendorLoading } from '../workspace/model/vendor-loading'
import { ReportDocument } from './components/report-document'
import { ReportToolbar } from './components/report-toolbar'
import { selectedVendorIds, toggleVendor } from './model/report-selection'
import { useReportModel } from './hooks/use-report-model'
import { useReportSnapshot } from './hooks/use-report-snapshot'
import './report-print.css'

export interface ReportPageProps {
  views: VendorView[]
  analysis: Analysis
}

/** The print-ready SLA report of the chosen vendors (`report` param) over the analysis period. */
export function ReportPage({ views, analysis }: ReportPageProps) {
  const allIds = views.map((view) => view.config.id)
  const selected = selectedVendorIds(useSearchParams().get('report'), allIds)
  const chosen = views.filter((view) => selected.includes(view.config.id))
  // Snapshot over every vendor, so changing the selection reuses the cached sections.
  const snapshot = useReportSnapshot(views, analysis)
  const { model, prepared, total, prepareAll } = useReportModel(chosen, snapshot)
  const loaded = !chosen.some(isVendorLoading)

  // Ctrl+P prints whatever is on the page: finish the document first.
  useEffect(() => {
    const finish = () => flushSync(prepareAll)
    window.addEventListener('beforeprint', finish)
    return () => window.removeEventListener('beforeprint', finish)
  }, [prepareAll])

  if (views.length === 0) {
    return (
      <section aria-labelledby="report-empty">
        <h1 id="report-empty" className="text-xl font-semibold">
          SLA report
        </h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          No vendors yet. Add one under Vendors to print its report.
        </p>
      </section>
    )
  }
  return (
    // The document's own h1 heads the page, so the printout and the screen share one outline.
    <section aria-label="SLA report" className="vr-report-page">
      <ReportToolbar
        views={views}
        selected={selected}
        status={
          !loaded
            ? 'Loading stored history; printing waits until every chosen vendor is loaded.'
            : prepared < total
              ? `Preparing the report: ${prepared} of ${total} vendors…`
              : null
        }
        onToggle={(id) => setSearchParams({ report: toggleVendor(selected, id, allIds) })}
        onAll={() => setSearchParams({ report: null })}
      />
      <ReportDocument model={model} vendorIds={chosen.map((view) => view.config.id)} />
    </section>
  )
}
