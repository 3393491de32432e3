import { memo } from 'react'
import { Badge } from '../../../components/ui/badge'
import { Button } from '../../../components/ui/button'
import { IMPACT_COLORS, NO_DATA_COLOR } from '../../../components/ui/impact-style'
import {
  coverageWords,
  formatMinutes,
  formatPercent,
  verdictWords,
  type VendorStats,
} from '../../../core/stats/index'
import { SourceStatusLine } from '../../workspace/components/source-status'
import type { VendorView } from '../../workspace/hooks/use-vendor-views'
import type { CurrentStatus } from '../model/current-status'
import type { StatusDays } from '../model/status-days'
import { StatusDayBar } from './status-day-bar'

export interface CardFigures {
  /** Figures over the analysis period (they follow the period selector). */
  period: VendorStats
  periodLabel: string
  status: CurrentStatus
  days: StatusDays
}

interface VendorCardProps {
  view: VendorView
  figures: CardFigures
  onRefresh: (vendorId: string) => void
  onOpenIncident: (vendorId: string, incidentId: string) => void
}

const VERDICT_TONE = {
  met: 'text-emerald-800 dark:text-emerald-300',
  breached: 'text-red-700 dark:text-red-300',
  insufficient_data: 'text-slate-700 dark:text-slate-200',
  no_data: 'text-slate-700 dark:text-slate-200',
} as const

const utc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`

/** The vendor's state now (live feed) or as of its capture, with a dot in the level's colour. */
function StatusLine({ status }: { status: CurrentStatus }) {
  const color = status.level === 'no_data' ? NO_DATA_COLOR : IMPACT_COLORS[status.level]
  return (
    <p className="flex flex-wrap items-center gap-x-2 text-sm" data-testid="current-status">
      <span
        aria-hidden
        className="inline-block size-3 rounded-full"
        style={{ background: color }}
      />
      <span className="font-semibold">{status.label}</span>
      <span className="text-xs text-slate-600 dark:text-slate-300">
        {status.level === 'no_data' ? '' : status.live ? 'now' : `as of ${utc(status.asOf)}`}
        {status.open.length > 0 ? ` · ${status.open.length} open` : ''}
      </span>
    </p>
  )
}

/**
 * One vendor at a glance: state now, 90 days, figures over the period with coverage and verdict.
 * Memoized with handlers that take the vendor's id: a key in the filter re-renders no card.
 */
export const VendorCard = memo(function VendorCard({
  view,
  figures,
  onRefresh,
  onOpenIncident,
}: VendorCardProps) {
  const { config, incidents } = view
  const { period, status } = figures
  const openIncident = (incidentId: string) => onOpenIncident(config.id, incidentId)
  const latest = incidents.find((i) => i.kind === 'incident')
  return (
    <article
      aria-labelledby={`vendor-${config.id}`}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <header className="flex items-start justify-between gap-2">
        <h2 id={`vendor-${config.id}`} className="text-base font-semibold">
          {config.name}
        </h2>
        {config.demo && <Badge>Demo</Badge>}
      </header>
      <StatusLine status={status} />
      <StatusDayBar name={config.name} days={figures.days} onOpenIncident={openIncident} />
      <div title={period.formula}>
        <p className="text-xs text-slate-600 dark:text-slate-300">Uptime, {figures.periodLabel}</p>
        <p className="text-xl font-semibold tabular-nums" data-testid="overview-uptime">
          {formatPercent(period.uptimePercent)}
        </p>
        <p className="text-xs text-slate-600 dark:text-slate-300" data-testid="overview-coverage">
          {coverageWords(period.coverage.coveredFraction) ?? 'coverage not stated'}
        </p>
        <p className="text-xs">
          <span className="text-slate-600 dark:text-slate-300">SLA {period.sla.target} %: </span>
          <span className={VERDICT_TONE[period.sla.status]} data-testid="overview-verdict">
            {verdictWords(period.sla)}
          </span>
        </p>
      </div>
      <dl className="grid grid-cols-2 gap-x-3 gap-y-2 text-sm" title={period.formula}>
        {[
          ['Incidents in period', String(period.incidentCount)],
          ['Incident time', formatMinutes(period.incidentMinutes)],
          ['Maintenance time', formatMinutes(period.maintenanceMinutes)],
          ['MTTR', formatMinutes(period.mttrMinutes)],
        ].map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-slate-600 dark:text-slate-300">{label}</dt>
            <dd className="tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="text-sm">
        <span className="text-xs text-slate-600 dark:text-slate-300">Latest incident: </span>
        {latest ? (
          <button
            type="button"
            className="text-left text-teal-800 underline-offset-2 hover:underline dark:text-teal-300"
            onClick={() => openIncident(latest.id)}
          >
            {latest.title}{' '}
            <span className="text-slate-600 dark:text-slate-300">
              ({latest.start.slice(0, 10)})
            </span>
          </button>
        ) : (
          <span className="text-slate-600 dark:text-slate-300">none recorded</span>
        )}
      </div>
      <ul className="space-y-1 border-t border-slate-100 pt-2 dark:border-slate-800">
        {view.sources.map((status) => (
          <SourceStatusLine key={status.source.id} status={status} />
        ))}
      </ul>
      <div>
        <Button
          size="sm"
          variant="ghost"
          onClick={() => onRefresh(config.id)}
          aria-label={`Refresh ${config.name}`}
        >
          Refresh
        </Button>
      </div>
    </article>
  )
})
