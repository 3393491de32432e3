import { NoVendorsYet } from '../../components/ui/no-vendors'
import { useSearchParams } from '../../components/url-state'
import { describeFormula } from '../../core/stats/index'
import type { Analysis } from '../workspace/hooks/use-analysis'
import type { VendorView } from '../workspace/hooks/use-vendor-views'
import { CompareTable } from './components/compare-table'
import { SmallMultiples } from './components/small-multiples'
import { VendorChecklist } from './components/vendor-checklist'
import { compareColumns } from './model/compare-figures'
import { readCompareSelection } from './model/compare-selection'
import { vendorDays } from '../workspace/days/vendor-days'

/** Chosen vendors side by side over the analysis period: figures, then small multiples. */
export function ComparePage({ views, analysis }: { views: VendorView[]; analysis: Analysis }) {
  const param = useSearchParams().get('compare')
  const vendors = views.map((view) => ({ id: view.config.id, name: view.config.name }))
  const selected = readCompareSelection(
    param,
    vendors.map((vendor) => vendor.id),
  )
  const chosen = views.filter((view) => selected.includes(view.config.id))
  const columns = compareColumns(chosen, analysis)
  const multiples = chosen.map((view) => ({
    vendorId: view.config.id,
    name: view.config.name,
    days: vendorDays(view, analysis),
  }))
  const { method, maintenanceMode, durationSource } = analysis.base
  const names = columns.map((column) => column.name).join(', ')
  const title = `${names}: ${analysis.period.label}`
  return (
    <section aria-labelledby="compare-title">
      <h1 id="compare-title" className="mb-3 text-xl font-semibold">
        Vendor comparison
      </h1>
      {views.length === 0 ? (
        <NoVendorsYet />
      ) : (
        <>
          <VendorChecklist vendors={vendors} selected={selected} />
          <figure aria-labelledby="compare-table-title">
            <h2 id="compare-table-title" className="mb-2 text-base font-semibold">
              {title}
            </h2>
            <CompareTable columns={columns} caption={`Figures for ${title}`} />
            <figcaption className="mt-2 space-y-1 text-xs text-slate-600 dark:text-slate-300">
              <p>
                <span className="font-medium text-slate-700 dark:text-slate-300">Method: </span>
                {describeFormula(method, maintenanceMode, durationSource)}. Maintenance share =
                maintenance minutes ÷ the period’s minutes (up to now).
              </p>
              <p>
                <span className="font-medium text-slate-700 dark:text-slate-300">
                  Data coverage:{' '}
                </span>
                uptime is computed over the part of the period each vendor’s data covers, and that
                share is shown under it; a verdict needs at least {analysis.base.minCoverage} %
                coverage; a vendor no data covers shows “no data”, not zeros.
              </p>
            </figcaption>
          </figure>
          <SmallMultiples items={multiples} analysis={analysis} />
        </>
      )}
    </section>
  )
}
