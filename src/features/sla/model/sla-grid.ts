import type { PeriodStats, SlaStatus, VendorStats } from '../../../core/stats/index'
import type { Analysis } from '../../workspace/use-analysis'
import type { VendorView } from '../../workspace/use-vendor-views'
import { vendorFigures } from '../../workspace/vendor-figures'

export const SLA_GRANULARITIES = ['month', 'quarter'] as const
export type SlaGranularity = (typeof SLA_GRANULARITIES)[number]

export interface SlaCell {
  /** `2026-05`, `2026-Q2`, or the period's label for the total. */
  label: string
  /** Null when no data covers the period: shown as "no data", never as 100 %. */
  uptimePercent: number | null
  status: SlaStatus
  creditPercent: number
  /** True when the data covers only part of the period. */
  partial: boolean
  /** Why the figure needs a second look (coverage), in words; null when it does not. */
  note: string | null
}

export interface SlaRow {
  vendorId: string
  name: string
  target: number
  /** History or a first feed load still pending: the row's figures are not final. */
  loading: boolean
  cells: SlaCell[]
  /** Whole-period figure from the minutes (not an average of the months). */
  total: SlaCell
}

export interface SlaGrid {
  columns: string[]
  rows: SlaRow[]
}

const percent = (value: number) =>
  `${(value * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })} %`

function coverageNote(period: PeriodStats | VendorStats, name: string): string | null {
  const { coveredFraction, coveredUptimePercent } = period.coverage
  if (coveredFraction === null) return 'the sources do not state what time they cover'
  if (coveredFraction <= 0) return `no data covers ${name}`
  if (coveredFraction >= 1) return null
  const covered =
    coveredUptimePercent === null
      ? ''
      : `; over the covered part alone: ${coveredUptimePercent.toFixed(3)} %`
  return `data covers ${percent(coveredFraction)} of ${name}; the uncovered time counts as up${covered}`
}

function toCell(period: PeriodStats | VendorStats, label: string): SlaCell {
  return {
    label,
    uptimePercent: period.uptimePercent,
    status: period.sla.status,
    creditPercent: period.sla.creditPercent,
    partial: period.coverage.partialCoverage && (period.coverage.coveredFraction ?? 0) > 0,
    note: coverageNote(period, label),
  }
}

/** Vendors × months or quarters of the analysis period under the current method, plus totals. */
export function buildSlaGrid(
  views: readonly VendorView[],
  analysis: Analysis,
  granularity: SlaGranularity,
): SlaGrid {
  const rows = views.map((view): SlaRow => {
    const figures = vendorFigures(view, analysis)
    const periods = granularity === 'month' ? figures.months : figures.quarters
    return {
      vendorId: view.config.id,
      name: view.config.name,
      target: figures.sla.target,
      loading: !view.historyReady || view.sources.some((source) => source.status === 'pending'),
      cells: periods.map((period) => toCell(period, period.label)),
      total: toCell(figures, analysis.period.label),
    }
  })
  return { columns: rows[0]?.cells.map((cell) => cell.label) ?? [], rows }
}
