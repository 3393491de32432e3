import type { ImpactLevel } from '../../../core/model'
import { verdictWords, type SlaStatus } from '../../../core/stats/index'
import type { Analysis } from '../../workspace/hooks/use-analysis'
import type { VendorView } from '../../workspace/hooks/use-vendor-views'
import { vendorFigures } from '../../workspace/model/vendor-figures'
import { isVendorLoading } from '../../workspace/model/vendor-loading'

/** One vendor's column in the comparison; figures are null where no data covers the period. */
export interface CompareColumn {
  vendorId: string
  name: string
  target: number
  loading: boolean
  /** 0–1, null when the sources do not say. */
  coveredFraction: number | null
  hasData: boolean
  uptimePercent: number | null
  slaStatus: SlaStatus
  /** The verdict in words (core verdictWords), e.g. "insufficient data (covers 0.6 %)". */
  verdict: string
  incidentCount: number
  mttrMinutes: number | null
  longestIncidentMinutes: number | null
  maintenanceMinutes: number
  /** Maintenance minutes ÷ the period's minutes (up to now); null when the period has none. */
  maintenanceShare: number | null
  countsByImpact: Record<ImpactLevel, number>
}

/** The comparison's figures for the chosen vendors over the analysis period, current method. */
export function compareColumns(views: readonly VendorView[], analysis: Analysis): CompareColumn[] {
  return views.map((view) => {
    const figures = vendorFigures(view, analysis)
    const covered = figures.coverage.coveredFraction
    return {
      vendorId: view.config.id,
      name: view.config.name,
      target: figures.sla.target,
      loading: isVendorLoading(view),
      coveredFraction: covered,
      hasData: covered === null || covered > 0,
      uptimePercent: figures.uptimePercent,
      slaStatus: figures.sla.status,
      verdict: verdictWords(figures.sla),
      incidentCount: figures.incidentCount,
      mttrMinutes: figures.mttrMinutes,
      longestIncidentMinutes: figures.longestIncidentMinutes,
      maintenanceMinutes: figures.maintenanceMinutes,
      maintenanceShare:
        figures.periodMinutes > 0 ? figures.maintenanceMinutes / figures.periodMinutes : null,
      countsByImpact: figures.countsByImpact,
    }
  })
}
