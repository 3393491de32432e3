import type { VendorView } from '../workspace/use-vendor-views'

const DAY_MS = 86_400_000
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/**
 * The last `days` days a vendor's data speaks for: ending today for a live feed, or at the end of
 * the data for an older capture (labelled with that date, so it is never mistaken for "now").
 */
export function trailingWindow(view: VendorView, days: number, nowMs: number) {
  const coverageEnd = view.coverage?.to ? Date.parse(view.coverage.to) : nowMs
  const endMs = Math.min(nowMs, coverageEnd)
  const to = day(Math.floor(endMs / DAY_MS) * DAY_MS + DAY_MS)
  const from = day(Date.parse(to) - days * DAY_MS)
  const live = nowMs - endMs < DAY_MS
  return {
    from,
    to,
    label: live ? `last ${days} days` : `${days} days to ${day(Date.parse(to) - DAY_MS)}`,
  }
}
