import { vendorDataEnd } from './vendor-figures'
import type { VendorView } from './use-vendor-views'

/**
 * The "now" of a workspace holding demo vendors only: the latest instant their saved data speaks
 * for (a capture time), to the minute, so "last 30 days" shows the data rather than an empty
 * month. Null when any vendor is live, or before any history is read.
 */
export function demoNowMs(vendors: readonly VendorView[], clockMs: number): number | null {
  if (vendors.length === 0 || !vendors.every((v) => v.config.demo)) return null
  const clock = new Date(clockMs).toISOString()
  let latest = -Infinity
  for (const view of vendors) {
    if (!view.historyReady || view.incidents.length === 0) continue
    latest = Math.max(latest, Date.parse(vendorDataEnd(view, clock)))
  }
  return Number.isFinite(latest) ? Math.min(clockMs, Math.floor(latest / 60_000) * 60_000) : null
}
