import {
  buildReport,
  groupByVendor,
  mergeVendorSources,
  type ReportPeriod,
  type ReportSource,
} from '../build-report'
import type { Report } from '../report-model'
import type { ReportStatsOptions } from '../report-stats'
import { computeReportCharts, type ReportCharts } from './report-charts'

export interface ReportWithCharts {
  report: Report
  /** `charts[i]` belongs to `report.vendors[i]`. */
  charts: ReportCharts[]
}

/** The headless report plus the chart data of its print form, over each vendor's figure period. */
export function buildReportWithCharts(
  sources: readonly ReportSource[],
  period: ReportPeriod,
  statsOptions: ReportStatsOptions,
): ReportWithCharts {
  const report = buildReport(sources, period, statsOptions)
  const groups = [...groupByVendor(sources).values()]
  const charts = report.vendors.map((vendor, i) => {
    const group = groups[i] ?? []
    return computeReportCharts(mergeVendorSources(group), {
      from: vendor.stats.from,
      to: vendor.stats.to,
      now: statsOptions.now,
      durationSource: vendor.stats.durationSource,
      components: [...new Set(group.flatMap((s) => s.feed.components))],
      coverage: [vendor.coverage],
    })
  })
  return { report, charts }
}
