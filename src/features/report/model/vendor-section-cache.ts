import { createMemoCache } from '../../../core/memo'
import type { VendorSection } from '../../../core/report/html/document-model'
import { computeReportCharts } from '../../../core/report/html/report-charts'
import { buildVendorSection } from '../../../core/report/html/vendor-section'
import { overlapsPeriod } from '../../../core/report/build-report'
import type { Analysis } from '../../workspace/hooks/use-analysis'
import type { VendorView } from '../../workspace/hooks/use-vendor-views'
import { coverageSpans, vendorDataEnd } from '../../workspace/model/vendor-figures'
import { vendorReportInput } from '../../workspace/model/report-input'

// Like vendorFigures: per incident list (kept until history changes), then per options.
const cache = createMemoCache<VendorSection>({ limit: 8 })

function buildSection(view: VendorView, analysis: Analysis): VendorSection {
  const input = vendorReportInput(view, analysis)
  const { stats } = input
  const charts = computeReportCharts(input.incidents, {
    from: stats.from,
    to: stats.to,
    now: vendorDataEnd(view, analysis.base.now),
    durationSource: stats.durationSource,
    coverage: coverageSpans(view.coverage),
  })
  // An Incident is a ReportIncident with more fields: the document reads only the shared ones.
  const incidents = input.incidents.filter((incident) => overlapsPeriod(incident, analysis.period))
  return buildVendorSection({ ...input, sources: [...input.sources], incidents }, charts)
}

function sectionKey(view: VendorView, analysis: Analysis): unknown[] {
  return [
    analysis.period,
    analysis.base,
    view.config,
    view.coverage,
    view.sources.map((s) => [s.record?.format, s.load?.format]),
  ]
}

/** The vendor's section when it is already built for these options; undefined otherwise. */
export function cachedVendorSection(
  view: VendorView,
  analysis: Analysis,
): VendorSection | undefined {
  return cache.peek(sectionKey(view, analysis), view.incidents)
}

/** One vendor's part of the report, remembered until its history, settings or the options change. */
export function vendorSectionFor(view: VendorView, analysis: Analysis): VendorSection {
  return cache.get(sectionKey(view, analysis), () => buildSection(view, analysis), view.incidents)
}
