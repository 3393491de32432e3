import { DEFAULT_CREDIT_TIERS } from '../../stats/index'
import { formatUtcMinute } from '../format-duration'
import type { Report, VendorReport } from '../report-model'
import type { ReportDocumentModel, VendorSection } from './document-model'
import { downtimeChart } from './downtime-chart'
import { buildComponentsTable, buildFacts, buildSlaTable } from './figure-tables'
import { heatmapChart } from './heatmap-chart'
import { buildIncidentTable, flagsNote } from './incident-table'
import type { ReportCharts, ReportHeatmap } from './report-charts'
import { DAY_MS } from '../../time/instants'

const MAX_WARNINGS = 8

/** "2025-06-01 to 2026-05-31": the last day shown inclusive, as people read periods. */
function periodText(from: string, to: string): string {
  const last = new Date(Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - DAY_MS).toISOString()
  return `${from.slice(0, 10)} to ${last.slice(0, 10)}`
}

function heatmapCaption(heatmap: ReportHeatmap | null): string {
  if (!heatmap) return 'No data covers this period, so there is no daily status to show.'
  const first = heatmap.days[0] ?? ''
  const last = heatmap.days.at(-1) ?? ''
  const capped =
    heatmap.days.length < heatmap.periodDays
      ? ` — the last ${heatmap.days.length} days with data of the ${heatmap.periodDays}-day period`
      : ''
  const hidden =
    heatmap.hiddenRows > 0 ? ` ${heatmap.hiddenRows} more components are not drawn.` : ''
  return `Daily status, ${first} to ${last} (UTC)${capped}. Each cell shows the day's worst state; paler cells had less than 4 h of it, palest less than 1 h.${hidden}`
}

function notes(vendor: VendorReport): VendorSection['notes'] {
  const { stats } = vendor
  const tiers = DEFAULT_CREDIT_TIERS.map((t) => `below ${t.below} % → ${t.creditPercent} %`)
  const warnings = stats.warnings.slice(0, MAX_WARNINGS).join(' ')
  const more = stats.warnings.length - MAX_WARNINGS
  const flags = flagsNote(vendor.incidents)
  return [
    { label: 'Method', text: stats.formula },
    {
      label: 'SLA',
      text: `Met when uptime ≥ ${stats.sla.target} %. Credit tiers: ${tiers.join(', ')}.`,
    },
    { label: 'Coverage', text: stats.coverage.coverageNote ?? 'The data covers the whole period.' },
    {
      label: 'Durations',
      text: `Listed durations are the declared ones (README, "Duration rule")${stats.durationSource === 'timeline' ? '; the figures use the published updates instead' : ''}.`,
    },
    ...(flags ? [{ label: 'Flags', text: flags }] : []),
    ...(warnings
      ? [{ label: 'Warnings', text: more > 0 ? `${warnings} (${more} more)` : warnings }]
      : []),
  ]
}

function figures(vendor: VendorReport, charts: ReportCharts) {
  const { stats } = vendor
  return {
    sla: buildSlaTable(stats),
    components: buildComponentsTable(stats),
    heatmap: {
      title: 'Daily status by component',
      chart: charts.heatmap ? heatmapChart(charts.heatmap, vendor.name) : null,
      caption: heatmapCaption(charts.heatmap),
    },
    downtime: {
      title: 'Downtime by month',
      chart: downtimeChart(
        charts.months,
        stats.months.map((m) => m.coverage.coveredFraction),
        vendor.name,
      ),
      caption:
        "Minutes in each state per calendar month, unweighted; the method's weights apply to the uptime figures only.",
    },
  }
}

/** One vendor's part of the print report; a vendor no data covers gets a short notice instead. */
export function buildVendorSection(vendor: VendorReport, charts: ReportCharts): VendorSection {
  const { stats, coverage } = vendor
  const sources = vendor.sources.map((s) => `${s.location} (${s.format})`).join(', ')
  const covers = coverage.from
    ? `${formatUtcMinute(coverage.from)} to ${formatUtcMinute(coverage.to)} UTC`
    : 'not stated by the sources'
  const uncovered = stats.coverage.coveredFraction === 0
  return {
    name: vendor.name,
    meta: [
      `Period: ${periodText(stats.from, stats.to)} (UTC)`,
      `Data covers: ${covers}`,
      `Sources: ${sources || 'none'}`,
    ],
    facts: buildFacts(stats),
    notice: uncovered
      ? `No data covers this period (the sources speak for ${coverage.from ? covers : 'no time at all'}), so there is no uptime, SLA table or chart for it. Pick a period inside the data to measure this vendor.`
      : null,
    ...(uncovered
      ? { sla: null, components: null, heatmap: null, downtime: null }
      : figures(vendor, charts)),
    incidents: buildIncidentTable(vendor.incidents),
    notes: notes(vendor),
  }
}

export const REPORT_TITLE = 'Vendor reliability report'

/** The lines under the title: period, vendors, generation time. */
export function documentLines(
  period: { from: string | null; to: string | null },
  vendorNames: readonly string[],
  generatedAt: string,
): string[] {
  const { from, to } = period
  return [
    from && to
      ? `Period: ${periodText(from, to)} (UTC)`
      : "Period: each vendor's data span (no period given)",
    `Vendors: ${vendorNames.join(', ') || 'none'}`,
    `Generated ${formatUtcMinute(generatedAt)} UTC from public status feeds`,
  ]
}

/** The whole print report; `charts[i]` belongs to `report.vendors[i]`. */
export function buildDocumentModel(
  report: Report,
  charts: readonly ReportCharts[],
): ReportDocumentModel {
  return {
    title: REPORT_TITLE,
    lines: documentLines(
      report.period,
      report.vendors.map((v) => v.name),
      report.generatedAt,
    ),
    vendors: report.vendors.map((vendor, i) =>
      buildVendorSection(vendor, charts[i] ?? { heatmap: null, months: [] }),
    ),
  }
}
