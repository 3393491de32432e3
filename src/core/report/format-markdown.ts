import { formatDuration, formatUtcMinute } from './format-duration'
import { markdownLink, markdownText } from './markdown-text'
import type { Report, ReportIncident, VendorReport } from './report-model'

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

function impactLabel(incident: ReportIncident): string {
  if (incident.kind === 'maintenance') return '—'
  const label = incident.impact.replace(/_/g, ' ')
  return incident.impactInferred ? `${label} (inferred)` : label
}

function componentsLabel(incident: ReportIncident): string {
  const names = markdownText(incident.components.join(', ')) || '—'
  return incident.componentsInferred ? `${names} (inferred)` : names
}

function incidentRow(i: ReportIncident): string {
  // Feed text is escaped; the title links to the incident's page only when that is http(s).
  const cells = [
    formatUtcMinute(i.start),
    formatDuration(i.durationMinutes),
    i.kind,
    impactLabel(i),
    markdownLink(i.title, i.url),
    componentsLabel(i),
    i.flags.join(', '),
  ]
  return `| ${cells.join(' | ')} |`
}

function vendorSection(vendor: VendorReport, extra: (vendor: VendorReport) => string[]): string[] {
  const incidents = vendor.incidents.filter((i) => i.kind === 'incident').length
  const coverage = `${formatUtcMinute(vendor.coverage.from)} → ${formatUtcMinute(vendor.coverage.to)} UTC`
  return [
    `## ${markdownText(vendor.name)}`,
    '',
    `Sources: ${vendor.sources.map((s) => `${markdownLink(s.location, s.location)} (${s.format})`).join(', ')}`,
    `Data covers: ${vendor.coverage.from ? coverage : 'nothing'}`,
    `Listed: ${plural(incidents, 'incident')}, ${plural(vendor.incidents.length - incidents, 'maintenance')}`,
    ...extra(vendor),
    '',
    '| Start (UTC) | Duration | Kind | Impact | Title | Components | Flags |',
    '|---|---|---|---|---|---|---|',
    ...vendor.incidents.map(incidentRow),
    '',
  ]
}

/** The readable default of the headless report. `extra` adds lines under each vendor's header. */
export function formatReportMarkdown(
  report: Report,
  extra: (vendor: VendorReport) => string[] = () => [],
): string {
  const period = `${report.period.from ?? 'the beginning'} → ${report.period.to ?? 'now'}`
  return [
    '# Vendor reliability report',
    '',
    `Period: ${period} (UTC, end exclusive). Generated ${report.generatedAt}.`,
    '',
    ...report.vendors.flatMap((vendor) => vendorSection(vendor, extra)),
  ].join('\n')
}
