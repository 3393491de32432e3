import type { PeriodStats, SlaStatus, VendorStats } from '../../../core/stats/index'
import { coverageWords, verdictWords } from '../../../core/stats/index'
import type { Analysis } from '../../workspace/hooks/use-analysis'
import type { VendorView } from '../../workspace/hooks/use-vendor-views'
import { vendorFigures } from '../../workspace/model/vendor-figures'
import { isVendorLoading } from '../../workspace/model/vendor-loading'

export const SLA_GRANULARITIES = ['month', 'quarter'] as const
export type SlaGranularity = (typeof SLA_GRANULARITIES)[number]

export interface SlaCell {
  /** `2026-05`, `2026-Q2`, or the period's label for the total. */
  label: string
  /** Null when no data covers the period: shown as "no data", never as 100 %. */
  uptimePercent: number | null
  status: SlaStatus
  creditPercent: number
  /** The verdict in words (core verdictWords): "met", "insufficient data (covers 10.6 %)", … */
  verdict: string
  /** 0–1 of the period the data covers; null when not stated. */
  coveredFraction: number | null
  /** "covers 10.6 % of the period" when the data covers only part of it; null otherwise. */
  coverage: string | null
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

function coverageNote(period: PeriodStats | VendorStats, name: string): string | null {
  const { coveredFraction } = period.coverage
  if (coveredFraction === null) return 'the sources do not state what time they cover'
  if (coveredFraction <= 0) return `no data covers ${name}`
  if (coveredFraction >= 1) return null
  return `${name}: uptime over the covered part only; the data ${coverageWords(coveredFraction)}`
}

function toCell(period: PeriodStats | VendorStats, label: string): SlaCell {
  const fraction = period.coverage.coveredFraction
  const partial = period.coverage.partialCoverage && (fraction ?? 0) > 0
  return {
    label,
    uptimePercent: period.uptimePercent,
    status: period.sla.status,
    creditPercent: period.sla.creditPercent,
    verdict: verdictWords(period.sla),
    coveredFraction: fraction,
    coverage: partial ? coverageWords(fraction) : null,
    partial,
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
      loading: isVendorLoading(view),
      cells: periods.map((period) => toCell(period, period.label)),
      total: toCell(figures, analysis.period.label),
    }
  })
  return { columns: rows[0]?.cells.map((cell) => cell.label) ?? [], rows }
}
