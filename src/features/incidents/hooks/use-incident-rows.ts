import { useState } from 'react'
import type { DurationSource } from '../../../core/stats/index'
import type { VendorView } from '../../workspace/hooks/use-vendor-views'
import { vendorDataEnd } from '../../workspace/model/vendor-figures'
import { joinRows, vendorRows, type IncidentRow } from '../model/incident-rows'

/** Every vendor's incidents as one row list, the same array until an incident list changes. */
export function useIncidentRows(
  views: readonly VendorView[],
  source: DurationSource,
  nowIso: string,
): IncidentRow[] {
  const parts = views.map((view) => {
    const dataEnd = vendorDataEnd(view, nowIso)
    // A capture older than an hour can only say what was open then.
    const capturedAt = Date.parse(nowIso) - Date.parse(dataEnd) > 3_600_000 ? dataEnd : null
    const { id: vendorId, name: vendorName } = view.config
    return vendorRows({ vendorId, vendorName, incidents: view.incidents, capturedAt }, source)
  })
  // The previous join lives in state, so an unchanged set of parts keeps the same array identity.
  const [joined, setJoined] = useState(() => joinRows(parts, null))
  const next = joinRows(parts, joined)
  if (next !== joined) setJoined(next)
  return next.rows
}
