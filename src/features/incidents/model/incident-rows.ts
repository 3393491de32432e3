import { createMemo } from '../../../core/memo'
import type { Incident } from '../../../core/model'
import type { DurationSource } from '../../../core/stats/index'
import { resolveSpan } from '../../../core/stats/resolve-span'
import { formatIncidentKey } from './incident-key'
import { searchIndexFor } from './search-index'

/** One table row: an incident with its vendor and the figures the filters and sorts read. */
export interface IncidentRow {
  key: string
  vendorId: string
  vendorName: string
  incident: Incident
  /** Epoch ms by the chosen duration source; NaN when the dates cannot be read. */
  startMs: number
  /** Null while open. */
  endMs: number | null
  durationMinutes: number | null
  search: string
  /** When the vendor's data is an old capture (demo file, import): its last instant; null when live. */
  capturedAt: string | null
}

export interface VendorIncidents {
  vendorId: string
  vendorName: string
  incidents: readonly Incident[]
  capturedAt: string | null
}

function buildRows(vendor: VendorIncidents, source: DurationSource): IncidentRow[] {
  const index = searchIndexFor(vendor.incidents)
  return vendor.incidents.map((incident, i): IncidentRow => {
    const span = resolveSpan(incident, source)
    return {
      key: formatIncidentKey(vendor.vendorId, incident.id),
      vendorId: vendor.vendorId,
      vendorName: vendor.vendorName,
      incident,
      startMs: span?.start ?? Date.parse(incident.start),
      endMs: span ? span.end : incident.end === null ? null : Date.parse(incident.end),
      durationMinutes: span?.durationMinutes ?? incident.durationMinutes,
      search: index[i] ?? '',
      capturedAt: vendor.capturedAt,
    }
  })
}

/** A vendor's rows, rebuilt only when its incident list, name or the duration source changes. */
export const vendorRows = createMemo(buildRows, {
  limit: 1,
  owner: (vendor) => vendor.incidents,
  key: (vendor, source) => [vendor.vendorId, vendor.vendorName, vendor.capturedAt, source],
})

/** Joins per-vendor parts, returning `previous` unchanged when every part is the same array. */
export function joinRows(
  parts: readonly IncidentRow[][],
  previous: { parts: readonly IncidentRow[][]; rows: IncidentRow[] } | null,
): { parts: readonly IncidentRow[][]; rows: IncidentRow[] } {
  if (
    previous &&
    previous.parts.length === parts.length &&
    previous.parts.every((part, i) => part === parts[i])
  ) {
    return previous
  }
  return { parts, rows: parts.flat() }
}
