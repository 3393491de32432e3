import type { Analysis } from '../workspace/use-analysis'
import type { VendorView } from '../workspace/use-vendor-views'
import { vendorDataEnd } from '../workspace/vendor-figures'

const cache = new WeakMap<readonly unknown[], { key: string; end: number }>()

/**
 * Where a vendor's open items stop: its last capture, as the figures count them (vendorDataEnd),
 * never today for an old capture. Remembered per history, as it reads every incident.
 */
export function dataEndOf(view: VendorView, analysis: Analysis): number {
  const key = `${analysis.base.now}|${view.coverage?.to ?? ''}`
  const known = cache.get(view.incidents)
  if (known?.key === key) return known.end
  const end = Date.parse(vendorDataEnd(view, analysis.base.now))
  cache.set(view.incidents, { key, end })
  return end
}
