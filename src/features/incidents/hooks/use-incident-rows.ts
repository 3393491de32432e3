import { useState } from 'react'
import type { DurationSource } from '../../../core/stats/index'
import type { VendorView } from '../../workspace/use-vendor-views'
import { joinRows, vendorRows, type IncidentRow } from '../model/incident-rows'

/** Every vendor's incidents as one row list, the same array until an incident list changes. */
export function useIncidentRows(
  views: readonly VendorView[],
  source: DurationSource,
): IncidentRow[] {
  const parts = views.map((view) =>
    vendorRows(
      { vendorId: view.config.id, vendorName: view.config.name, incidents: view.incidents },
      source,
    ),
  )
  // The previous join lives in state, so an unchanged set of parts keeps the same array identity.
  const [joined, setJoined] = useState(() => joinRows(parts, null))
  const next = joinRows(parts, joined)
  if (next !== joined) setJoined(next)
  return next.rows
}
