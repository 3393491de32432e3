import type { IncidentRow } from './incident-rows'

/** Component names to offer in the filter: those of the chosen vendor, or of all, sorted. */
export function componentOptions(rows: readonly IncidentRow[], vendorId: string | null): string[] {
  const names = new Set<string>()
  for (const row of rows) {
    if (vendorId !== null && row.vendorId !== vendorId) continue
    for (const name of row.incident.components) names.add(name)
  }
  return [...names].sort((a, b) => a.localeCompare(b))
}
