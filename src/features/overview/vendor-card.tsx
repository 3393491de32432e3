import { Badge } from '../../components/ui/badge'
import { Button } from '../../components/ui/button'
import { formatMinutes, formatPercent, type VendorStats } from '../../core/stats/index'
import { SourceStatusLine } from '../workspace/components/source-status'
import type { VendorView } from '../workspace/use-vendor-views'

export interface CardFigures {
  period: VendorStats
  windows: { label: string; stats: VendorStats }[]
}

interface VendorCardProps {
  view: VendorView
  figures: CardFigures
  /** The last instant the vendor's data speaks for (its last capture, or now for a live feed). */
  dataEnd: string
  nowIso: string
  onRefresh: () => void
  onOpenIncident: (id: string) => void
}

function uptimeTone(uptime: number | null, target: number) {
  if (uptime === null) return 'text-slate-400'
  return uptime >= target
    ? 'text-emerald-700 dark:text-emerald-400'
    : 'text-red-700 dark:text-red-400'
}

/** One vendor at a glance: trailing uptime, figures in the period, ongoing incidents, latest incident. */
export function VendorCard({
  view,
  figures,
  dataEnd,
  nowIso,
  onRefresh,
  onOpenIncident,
}: VendorCardProps) {
  const { config, incidents } = view
  const ongoing = incidents.filter(
    (i) => i.kind === 'incident' && i.end === null && i.start <= dataEnd,
  )
  // A capture older than an hour can only say what was open then, not what is open now.
  const capturedEarlier = Date.parse(nowIso) - Date.parse(dataEnd) > 3_600_000
  const latest = incidents.find((i) => i.kind === 'incident')
  const { period } = figures
  return (
    <article
      aria-labelledby={`vendor-${config.id}`}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <header className="flex items-start justify-between gap-2">
        <h2 id={`vendor-${config.id}`} className="text-base font-semibold">
          {config.name}
        </h2>
        <div className="flex flex-wrap justify-end gap-1">
          {ongoing.length > 0 &&
            (capturedEarlier ? (
              <Badge tone="orange" title="Open when the data was last captured">
                Open on {dataEnd.slice(0, 10)}: {ongoing.length}
              </Badge>
            ) : (
              <Badge tone="red">Ongoing: {ongoing.length}</Badge>
            ))}
          {config.demo && <Badge>Demo</Badge>}
        </div>
      </header>
      <dl className="grid grid-cols-2 gap-3">
        {figures.windows.map(({ label, stats }) => (
          <div key={label} title={stats.formula}>
            <dt className="text-xs text-slate-500 dark:text-slate-400">Uptime, {label}</dt>
            <dd
              className={`text-xl font-semibold tabular-nums ${uptimeTone(stats.uptimePercent, config.slaTarget)}`}
            >
              {formatPercent(stats.uptimePercent)}
            </dd>
          </div>
        ))}
      </dl>
      <dl className="grid grid-cols-2 gap-x-3 gap-y-2 text-sm" title={period.formula}>
        {[
          ['Incidents in period', String(period.incidentCount)],
          ['Incident time', formatMinutes(period.incidentMinutes)],
          ['Maintenance time', formatMinutes(period.maintenanceMinutes)],
          ['MTTR', formatMinutes(period.mttrMinutes)],
        ].map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-slate-500 dark:text-slate-400">{label}</dt>
            <dd className="tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {period.coverage.coverageNote && (
        <p className="text-xs text-amber-800 dark:text-amber-300">
          Period figures: {period.coverage.coverageNote.split(';')[0]}
        </p>
      )}
      <div className="text-sm">
        <span className="text-xs text-slate-500 dark:text-slate-400">Latest incident: </span>
        {latest ? (
          <button
            type="button"
            className="text-left text-teal-800 underline-offset-2 hover:underline dark:text-teal-300"
            onClick={() => onOpenIncident(latest.id)}
          >
            {latest.title} <span className="text-slate-500">({latest.start.slice(0, 10)})</span>
          </button>
        ) : (
          <span className="text-slate-500">none recorded</span>
        )}
      </div>
      <ul className="space-y-1 border-t border-slate-100 pt-2 dark:border-slate-800">
        {view.sources.map((status) => (
          <SourceStatusLine key={status.source.id} status={status} />
        ))}
      </ul>
      <div>
        <Button size="sm" variant="ghost" onClick={onRefresh} aria-label={`Refresh ${config.name}`}>
          Refresh
        </Button>
      </div>
    </article>
  )
}
