import type { PeriodStats, VendorStats } from '../stats/index'
import { formatMinutes, formatPercent } from '../stats/index'
import { markdownText } from './markdown-text'

const minutes = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1))
const sla = (period: PeriodStats) =>
  period.sla.status === 'no_data'
    ? 'no data'
    : `${period.sla.status}${period.sla.creditPercent > 0 ? ` (credit ${period.sla.creditPercent} %)` : ''}`

function periodRow(label: string, p: PeriodStats): string {
  const cells = [
    label,
    formatPercent(p.uptimePercent),
    sla(p),
    String(p.incidentCount),
    minutes(p.incidentMinutes),
    minutes(p.weightedIncidentMinutes),
    String(p.maintenanceCount),
    minutes(p.maintenanceMinutes),
    formatMinutes(p.mttrMinutes),
    markdownText(p.coverage.coverageNote ?? ''),
  ]
  return `| ${cells.join(' | ')} |`
}

/** The figures of one vendor as Markdown lines: summary, months, quarters, components. */
export function formatStatsMarkdown(stats: VendorStats): string[] {
  const header =
    '| Period | Uptime | SLA | Incidents | Incident min | Weighted min | Maintenances | Maintenance min | MTTR | Coverage |'
  const rule = '|---|---|---|---|---|---|---|---|---|---|'
  return [
    '',
    `Uptime ${formatPercent(stats.uptimePercent)} from ${stats.from.slice(0, 10)} to ${stats.to.slice(0, 10)} (end exclusive); SLA target ${stats.sla.target} %: ${sla(stats)}`,
    `Incidents ${stats.incidentCount} (${minutes(stats.incidentMinutes)} min, weighted ${minutes(stats.weightedIncidentMinutes)} min); maintenances ${stats.maintenanceCount} (${minutes(stats.maintenanceMinutes)} min); MTTR ${formatMinutes(stats.mttrMinutes)}; longest ${formatMinutes(stats.longestIncidentMinutes)}`,
    `Method: ${stats.formula}`,
    ...(stats.coverage.coverageNote
      ? [`Coverage: ${markdownText(stats.coverage.coverageNote)}`]
      : []),
    '',
    header,
    rule,
    periodRow('**Whole period**', stats),
    ...stats.quarters.map((q) => periodRow(q.label, q)),
    ...stats.months.map((m) => periodRow(m.label, m)),
    '',
    '| Component | Uptime | Incident min | Weighted min | Maintenance min |',
    '|---|---|---|---|---|',
    ...stats.components.map(
      (c) =>
        `| ${markdownText(c.name)} | ${formatPercent(c.uptimePercent)} | ${minutes(c.incidentMinutes)} | ${minutes(c.weightedIncidentMinutes)} | ${minutes(c.maintenanceMinutes)} |`,
    ),
  ]
}
