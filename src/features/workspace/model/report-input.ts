import type { FeedFormat } from '../../../core/model'
import { excludeComponents } from '../../../core/normalize/exclude-components'
import { reportFromVendors, type VendorReportInput } from '../../../core/report/report-from-vendors'
import type { Report } from '../../../core/report/report-model'
import type { Analysis } from '../hooks/use-analysis'
import type { SourceStatus, VendorView } from '../hooks/use-vendor-views'
import { vendorFigures } from './vendor-figures'

/** Where a source's data came from, as the headless report names its inputs. */
function reportSources(
  sources: readonly SourceStatus[],
): { location: string; format: FeedFormat }[] {
  return sources.flatMap(({ source, record, load }) => {
    const format = record?.format ?? load?.format
    if (!format) return []
    const location =
      source.kind === 'url' ? source.url : source.kind === 'demo' ? source.path : source.name
    return [{ location, format }]
  })
}

/** A vendor as the report sees it: excluded components left out, figures under the current method. */
export function vendorReportInput(view: VendorView, analysis: Analysis): VendorReportInput {
  return {
    name: view.config.name,
    sources: reportSources(view.sources),
    coverage: { from: view.coverage?.from ?? null, to: view.coverage?.to ?? null },
    incidents: excludeComponents(view.incidents, view.config.excludedComponents),
    stats: vendorFigures(view, analysis),
  }
}

/** The headless report's JSON shape for the analysis period, built from the app's vendors. */
export function reportFromViews(
  views: readonly VendorView[],
  analysis: Analysis,
  generatedAt: string,
): Report {
  return reportFromVendors(
    views.map((view) => vendorReportInput(view, analysis)),
    analysis.period,
    generatedAt,
  )
}
