import { NoVendorsYet } from '../../components/ui/no-vendors'
import { useMemo } from 'react'
import { useSearchParams } from '../../components/url-state'
import type { Analysis } from '../workspace/hooks/use-analysis'
import type { VendorView } from '../workspace/hooks/use-vendor-views'
import { isVendorLoading } from '../workspace/model/vendor-loading'
import { DowntimeControls } from './components/downtime-controls'
import { FleetDowntimeSection } from './components/fleet-downtime-section'
import { VendorDowntimeSection } from './components/vendor-downtime-section'
import { readDowntimeParams } from './model/downtime-params'
import { periodBuckets } from './model/period-buckets'

const emptyClass =
  'rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600 dark:border-slate-700 dark:text-slate-300'

/** Maintenance vs incident downtime: one vendor per week or month, or every vendor for one period. */
export function DowntimePage({ views, analysis }: { views: VendorView[]; analysis: Analysis }) {
  const search = useSearchParams()
  const vendors = views.map((view) => ({ id: view.config.id, name: view.config.name }))
  const params = readDowntimeParams(
    search,
    vendors.map((vendor) => vendor.id),
  )
  const { from, to } = analysis.period
  const buckets = useMemo(
    () => periodBuckets({ from, to }, params.bucket),
    [from, to, params.bucket],
  )
  const view = views.find((candidate) => candidate.config.id === params.vendorId)
  const loading = views.filter(isVendorLoading)
  return (
    <section aria-labelledby="downtime-title">
      <h1 id="downtime-title" className="mb-3 text-xl font-semibold">
        Maintenance vs incident downtime
      </h1>
      {views.length === 0 ? (
        <NoVendorsYet />
      ) : (
        <>
          <DowntimeControls params={params} vendors={vendors} buckets={buckets} />
          {params.mode === 'fleet' ? (
            <>
              {loading.length > 0 && (
                <p className="mb-2 text-sm text-amber-700 dark:text-amber-300" role="status">
                  Still loading: {loading.map((v) => v.config.name).join(', ')}.
                </p>
              )}
              <FleetDowntimeSection
                views={views}
                analysis={analysis}
                bucket={params.bucket}
                slice={params.slice}
              />
            </>
          ) : view && isVendorLoading(view) ? (
            <p className={emptyClass} role="status">
              Loading {view.config.name}’s history…
            </p>
          ) : (
            view && <VendorDowntimeSection view={view} analysis={analysis} bucket={params.bucket} />
          )}
        </>
      )}
    </section>
  )
}
