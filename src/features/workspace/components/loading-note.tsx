import type { VendorView } from '../hooks/use-vendor-views'

/** Says which vendors are still loading, so their hatched "no data" is not read as a gap in feeds. */
export function LoadingNote({ views }: { views: readonly VendorView[] }) {
  const loading = views.filter((view) => !view.historyReady)
  if (loading.length === 0) return null
  return (
    <p role="status" className="mb-2 text-sm text-slate-600 dark:text-slate-300">
      Loading stored history of{' '}
      {loading.length === 1 ? loading[0]?.config.name : `${loading.length} vendors`}… shown as no
      data until it arrives.
    </p>
  )
}
