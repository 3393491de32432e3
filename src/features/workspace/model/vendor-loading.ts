import type { VendorView } from '../hooks/use-vendor-views'

/**
 * A vendor is still loading while its stored history is unread or a source's first load has not
 * settled: its figures are not final yet, and an empty stretch is not yet a gap in its feeds.
 */
export function isVendorLoading(view: Pick<VendorView, 'historyReady' | 'sources'>): boolean {
  return !view.historyReady || view.sources.some((source) => source.status === 'pending')
}
