import { NoVendorsYet } from '../../components/ui/no-vendors'
import { useMemo } from 'react'
import { setSearchParams, useSearchParams } from '../../components/url-state'
import { DEFAULT_CREDIT_TIERS, describeFormula } from '../../core/stats/index'
import type { Analysis } from '../workspace/hooks/use-analysis'
import type { VendorView } from '../workspace/hooks/use-vendor-views'
import { SlaTable } from './components/sla-table'
import { buildSlaGrid, SLA_GRANULARITIES, type SlaGranularity } from './model/sla-grid'

const LABELS: Record<SlaGranularity, string> = { month: 'Months', quarter: 'Quarters' }
const TIERS = DEFAULT_CREDIT_TIERS.map((t) => `below ${t.below} % → ${t.creditPercent} %`).join(
  ', ',
)

/** Vendors × calendar months or quarters: uptime, target, met or breached, credit; period totals. */
export function SlaPage({ views, analysis }: { views: VendorView[]; analysis: Analysis }) {
  const param = useSearchParams().get('sla')
  const granularity = SLA_GRANULARITIES.find((g) => g === param) ?? 'month'
  const grid = useMemo(
    () => buildSlaGrid(views, analysis, granularity),
    [views, analysis, granularity],
  )
  const { method, maintenanceMode, durationSource } = analysis.base
  const title = `SLA by ${granularity}, ${analysis.period.label}`
  const partial = grid.rows.some((row) => [...row.cells, row.total].some((cell) => cell.partial))
  return (
    <section aria-labelledby="sla-title">
      <h1 id="sla-title" className="mb-3 text-xl font-semibold">
        SLA table
      </h1>
      {views.length === 0 ? (
        <NoVendorsYet />
      ) : (
        <figure aria-labelledby="sla-table-title">
          <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
            <h2 id="sla-table-title" className="text-base font-semibold">
              {title}
            </h2>
            <fieldset className="flex items-center gap-3 text-sm">
              <legend className="sr-only">Columns</legend>
              <span aria-hidden className="text-xs font-medium text-slate-500 dark:text-slate-400">
                Columns
              </span>
              {SLA_GRANULARITIES.map((g) => (
                <label key={g} className="flex items-center gap-1.5">
                  <input
                    type="radio"
                    name="sla-granularity"
                    checked={granularity === g}
                    onChange={() => setSearchParams({ sla: g === 'month' ? null : g })}
                  />
                  {LABELS[g]}
                </label>
              ))}
            </fieldset>
          </div>
          <SlaTable grid={grid} caption={title} />
          <figcaption className="mt-3 space-y-1 text-xs text-slate-600 dark:text-slate-400">
            <p>
              <span className="font-medium text-slate-700 dark:text-slate-300">Method: </span>
              {describeFormula(method, maintenanceMode, durationSource)}. Met when uptime ≥ the
              vendor’s target; credit tiers: {TIERS}. A verdict and credit need data covering at
              least {analysis.base.minCoverage} % of the period, else “insufficient data”. The
              period total is computed from the whole period’s minutes, not averaged over the{' '}
              {granularity}s.
            </p>
            <p>
              <span className="font-medium text-slate-700 dark:text-slate-300">
                Data coverage:{' '}
              </span>
              {partial
                ? 'Where the data covers only part of a period, its uptime is computed over the covered part and the share is shown under it. '
                : ''}
              “no data” means no loaded feed covers that period, so it has no uptime.
            </p>
          </figcaption>
        </figure>
      )}
    </section>
  )
}
