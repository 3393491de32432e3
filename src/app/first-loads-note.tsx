import type { VendorView } from '../features/workspace/hooks/use-vendor-views'
import { isVendorLoading } from '../features/workspace/model/vendor-loading'

/** Stands where the view will be while the first loads run, so the view appears once, whole. */
export function FirstLoadsNote({ views }: { views: readonly VendorView[] }) {
  const loaded = views.filter((view) => !isVendorLoading(view)).length
  return (
    <p role="status" className="text-sm text-slate-500 dark:text-slate-400">
      Loading each vendor's history ({loaded} of {views.length})…
    </p>
  )
}
