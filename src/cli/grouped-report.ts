import { buildReport, type ReportPeriod, type ReportSource } from '../core/report/build-report'
import {
  buildReportWithCharts,
  type ReportWithCharts,
} from '../core/report/html/build-report-document'
import type { Report, VendorReport } from '../core/report/report-model'
import type { ReportStatsOptions } from '../core/report/report-stats'
import type { ServerVendor } from './server-input'

/** Sources built under one set of figure options: the file and URL inputs, or one server vendor. */
interface SourceGroup {
  sources: ReportSource[]
  statsOptions: ReportStatsOptions
  /** The server's history comes as one feed per coverage interval, all at one address. */
  oneLocation: boolean
}

/** Each server vendor under its own target (as in the app) unless --target names one for all. */
export function sourceGroups(
  inputs: ReportSource[],
  server: readonly ServerVendor[],
  statsOptions: ReportStatsOptions,
): SourceGroup[] {
  const groups = inputs.length > 0 ? [{ sources: inputs, statsOptions, oneLocation: false }] : []
  for (const vendor of server) {
    const target = statsOptions.target ?? vendor.slaTarget
    groups.push({
      sources: vendor.sources,
      statsOptions: { ...statsOptions, target },
      oneLocation: true,
    })
  }
  return groups
}

function listedOnce(vendor: VendorReport): VendorReport {
  const seen = new Set<string>()
  const sources = vendor.sources.filter(
    (source) => !seen.has(source.location) && !!seen.add(source.location),
  )
  return { ...vendor, sources }
}

function joined(
  groups: readonly SourceGroup[],
  parts: readonly Report[],
  period: ReportPeriod,
  now: string,
): Report {
  const vendors = parts.flatMap((part, i) =>
    groups[i]?.oneLocation ? part.vendors.map(listedOnce) : part.vendors,
  )
  return { generatedAt: now, period: { from: period.from ?? null, to: period.to ?? null }, vendors }
}

/** buildReport over every group, vendors in group order. */
export function buildGroupedReport(
  groups: readonly SourceGroup[],
  period: ReportPeriod,
  now: string,
): Report {
  const parts = groups.map((group) => buildReport(group.sources, period, group.statsOptions))
  return joined(groups, parts, period, now)
}

/** buildReportWithCharts over every group: the print form's report and its charts, in step. */
export function buildGroupedReportWithCharts(
  groups: readonly SourceGroup[],
  period: ReportPeriod,
  now: string,
): ReportWithCharts {
  const parts = groups.map((group) =>
    buildReportWithCharts(group.sources, period, group.statsOptions),
  )
  return {
    report: joined(
      groups,
      parts.map((part) => part.report),
      period,
      now,
    ),
    charts: parts.flatMap((part) => part.charts),
  }
}
