import type { PeriodStats } from '../stats/index'
import { toCsv } from './csv'
import type { Report } from './report-model'

export const STATS_CSV_HEADER = [
  'vendor',
  'scope',
  'period',
  'from',
  'to',
  'incident_count',
  'maintenance_count',
  'incident_minutes',
  'weighted_incident_minutes',
  'maintenance_minutes',
  'uptime_percent',
  'mttr_minutes',
  'longest_incident_minutes',
  'sla_target',
  'sla_status',
  'credit_percent',
  'covered_percent',
  'coverage_note',
  'formula',
] as const

const coveredPercent = (fraction: number | null) => (fraction === null ? null : fraction * 100)

/** The SLA table: one row per vendor and period (whole, quarters, months), then per component. */
export function formatStatsCsv(report: Report): string {
  const rows = report.vendors.flatMap(({ name, stats }) => {
    const row = (scope: string, period: string, p: PeriodStats) => [
      name,
      scope,
      period,
      p.from,
      p.to,
      p.incidentCount,
      p.maintenanceCount,
      p.incidentMinutes,
      p.weightedIncidentMinutes,
      p.maintenanceMinutes,
      p.uptimePercent,
      p.mttrMinutes,
      p.longestIncidentMinutes,
      p.sla.target,
      p.sla.status,
      p.sla.creditPercent,
      coveredPercent(p.coverage.coveredFraction),
      p.coverage.coverageNote,
      stats.formula,
    ]
    return [
      row('vendor', 'whole', stats),
      ...stats.quarters.map((q) => row('vendor', q.label, q)),
      ...stats.months.map((m) => row('vendor', m.label, m)),
      ...stats.components.map((c) => [
        name,
        `component:${c.name}`,
        'whole',
        stats.from,
        stats.to,
        ...[c.incidentCount, c.maintenanceCount, c.incidentMinutes, c.weightedIncidentMinutes],
        ...[c.maintenanceMinutes, c.uptimePercent, c.mttrMinutes, c.longestIncidentMinutes],
        ...[stats.sla.target, null, null, coveredPercent(c.coverage.coveredFraction)],
        ...[c.coverage.coverageNote, stats.formula],
      ]),
    ]
  })
  return toCsv(STATS_CSV_HEADER, rows)
}
