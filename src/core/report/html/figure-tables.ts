import type { PeriodStats, VendorStats } from '../../stats/index'
import { formatMinutes, formatPercent } from '../../stats/index'
import { coverageWords, verdictLabel, verdictWords } from '../../stats/verdict-words'
import type { ReportFact, ReportRow, ReportTable, Tone } from './document-model'

const SLA_TONES: Record<PeriodStats['sla']['status'], Tone> = {
  met: 'good',
  breached: 'bad',
  insufficient_data: 'muted',
  no_data: 'muted',
}

const credit = (p: PeriodStats) => (p.sla.creditPercent > 0 ? `${p.sla.creditPercent} %` : '—')

/** "93.0 %" of the period covered, "—" when all of it is, "not stated" when nobody says. */
export function coverageCell(p: PeriodStats | VendorStats): string {
  const fraction = p.coverage.coveredFraction
  if (fraction === null) return 'not stated'
  if (fraction === 0) return 'none'
  return fraction >= 0.9995 ? 'full' : `${(fraction * 100).toFixed(1)} %`
}

function periodRow(label: string, p: PeriodStats, kind?: ReportRow['kind']): ReportRow {
  return {
    cells: [
      label,
      formatPercent(p.uptimePercent),
      verdictLabel(p.sla),
      credit(p),
      String(p.incidentCount),
      formatMinutes(p.incidentMinutes),
      formatMinutes(p.weightedIncidentMinutes),
      formatMinutes(p.maintenanceMinutes),
      formatMinutes(p.mttrMinutes),
      coverageCell(p),
    ],
    tone: SLA_TONES[p.sla.status],
    ...(kind ? { kind } : {}),
  }
}

const section = (label: string): ReportRow => ({ cells: [label], kind: 'section' })

/** Whole period, then quarters, then months, with the SLA verdict and credit of each. */
export function buildSlaTable(stats: VendorStats): ReportTable {
  return {
    caption: `SLA by quarter and month (target ${stats.sla.target} %)`,
    head: [
      'Period',
      'Uptime',
      'SLA',
      'Credit',
      'Incidents',
      'Incident time',
      'Weighted',
      'Maintenance',
      'MTTR',
      'Coverage',
    ],
    numeric: [false, true, false, true, true, true, true, true, true, true],
    toneColumn: 2,
    rows: [
      periodRow('Whole period', stats, 'total'),
      ...(stats.quarters.length > 1 ? [section('Quarters')] : []),
      ...(stats.quarters.length > 1 ? stats.quarters.map((q) => periodRow(q.label, q)) : []),
      section('Months'),
      ...stats.months.map((m) => periodRow(m.label, m)),
    ],
    note: null,
  }
}

/** Uptime per component over the whole period; null when the feed names no components. */
export function buildComponentsTable(stats: VendorStats): ReportTable | null {
  if (stats.components.length < 2) return null
  return {
    caption: 'Components over the whole period',
    head: ['Component', 'Uptime', 'Incidents', 'Incident time', 'Weighted', 'Maintenance'],
    numeric: [false, true, true, true, true, true],
    toneColumn: null,
    rows: stats.components.map((c) => ({
      cells: [
        c.name,
        formatPercent(c.uptimePercent),
        String(c.incidentCount),
        formatMinutes(c.incidentMinutes),
        formatMinutes(c.weightedIncidentMinutes),
        formatMinutes(c.maintenanceMinutes),
      ],
    })),
    note: null,
  }
}

/** The summary figures at the top of a vendor's section. */
export function buildFacts(stats: VendorStats): ReportFact[] {
  const { coverage, sla } = stats
  const words = coverageWords(coverage.coveredFraction)
  return [
    {
      label: 'Uptime',
      value: formatPercent(stats.uptimePercent),
      detail: words ?? 'coverage not stated',
    },
    { label: 'SLA target', value: `${sla.target} %` },
    { label: 'SLA', value: verdictWords(sla), tone: SLA_TONES[sla.status] },
    { label: 'Service credit', value: sla.creditPercent > 0 ? `${sla.creditPercent} %` : 'none' },
    { label: 'Incidents', value: String(stats.incidentCount) },
    {
      label: 'Incident time',
      value: formatMinutes(stats.incidentMinutes),
      detail: `${formatMinutes(stats.weightedIncidentMinutes)} weighted`,
    },
    {
      label: 'Maintenance',
      value: formatMinutes(stats.maintenanceMinutes),
      detail: `${stats.maintenanceCount} window${stats.maintenanceCount === 1 ? '' : 's'}`,
    },
    { label: 'MTTR', value: formatMinutes(stats.mttrMinutes) },
    { label: 'Longest incident', value: formatMinutes(stats.longestIncidentMinutes) },
  ]
}
