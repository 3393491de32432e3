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
function coverageCell(p: PeriodStats | VendorStats): string {
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

const uncovered = (p: PeriodStats) => p.coverage.coveredFraction === 0

/** "14 months without data left out (2019-10 to 2020-11)."; null when none is. */
function leftOutNote(kind: string, left: readonly PeriodStats[]): string | null {
  const [first, last] = [left[0], left.at(-1)]
  if (!first || !last) return null
  // A few are named one by one (they need not be contiguous); many by their first and last.
  const span =
    left.length <= 6 ? left.map((p) => p.label).join(', ') : `${first.label} to ${last.label}`
  return `${left.length} ${kind}${left.length === 1 ? '' : 's'} without data left out (${span}).`
}

/**
 * Whole period, then quarters, then months, with the SLA verdict and credit of each. Months and
 * quarters no data covers are left out, and one line says which.
 */
export function buildSlaTable(stats: VendorStats): ReportTable {
  const quarters = stats.quarters.filter((q) => !uncovered(q))
  const months = stats.months.filter((m) => !uncovered(m))
  const notes = [
    leftOutNote('month', stats.months.filter(uncovered)),
    leftOutNote('quarter', stats.quarters.filter(uncovered)),
  ].filter((note): note is string => note !== null)
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
      ...(quarters.length > 1 ? [section('Quarters')] : []),
      ...(quarters.length > 1 ? quarters.map((q) => periodRow(q.label, q)) : []),
      ...(months.length > 0 ? [section('Months')] : []),
      ...months.map((m) => periodRow(m.label, m)),
    ],
    note: notes.length > 0 ? notes.join(' ') : null,
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
