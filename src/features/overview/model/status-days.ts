import type { Incident } from '../../../core/model'
import { computeVendorDays, type VendorDays } from '../../workspace/days/vendor-days'
import type { Analysis } from '../../workspace/hooks/use-analysis'
import type { VendorView } from '../../workspace/hooks/use-vendor-views'
import { memoPerHistory } from '../../workspace/model/history-memo'
import { vendorDataEnd } from '../../workspace/model/vendor-figures'
import { DAY_MS } from '../../../core/time/instants'

export const STATUS_DAYS = 90
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10)

export interface StatusDays extends VendorDays {
  /** The incidents and maintenance overlapping each day, newest first. */
  items: Incident[][]
}

/**
 * The vendor's last 90 days, ending with the day of its data end: each day's worst level (or no
 * data) by the same day grid as Compare, and the items that touched it.
 */
export function computeStatusDays(view: VendorView, analysis: Analysis): StatusDays {
  const end = vendorDataEnd(view, analysis.base.now)
  const to = Math.floor(Date.parse(end) / DAY_MS) * DAY_MS + DAY_MS
  const from = to - STATUS_DAYS * DAY_MS
  const period = { preset: 'custom' as const, from: dayOf(from), to: dayOf(to), label: '' }
  const days = computeVendorDays(view, { ...analysis, period })
  const items: Incident[][] = days.days.map(() => [])
  const excluded = new Set(view.config.excludedComponents)
  for (const incident of view.incidents) {
    if (incident.components.length > 0 && incident.components.every((c) => excluded.has(c))) {
      continue
    }
    const start = Date.parse(incident.start)
    const stop = Math.min(Date.parse(incident.end ?? end), Date.parse(end))
    if (!(start < to && Math.max(stop, start + 1) > from)) continue
    const first = Math.max(0, Math.floor((start - from) / DAY_MS))
    const last = Math.min(
      STATUS_DAYS - 1,
      Math.floor((Math.max(stop, start + 1) - 1 - from) / DAY_MS),
    )
    for (let d = first; d <= last; d += 1) items[d]?.push(incident)
  }
  return { ...days, items }
}

/** computeStatusDays, remembered until the vendor's history or the options change. */
export const statusDays = memoPerHistory(computeStatusDays, {
  limit: 1,
  // Per data end, method and exclusions.
  key: (view, analysis: Analysis) => [
    vendorDataEnd(view, analysis.base.now),
    analysis.base.durationSource,
    view.config.excludedComponents,
    view.coverage,
  ],
})
