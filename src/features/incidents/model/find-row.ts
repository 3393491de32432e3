import { parseIncidentKey } from './incident-key'
import type { IncidentRow } from './incident-rows'

/** The row a `<vendorId>:<incidentId>` link names; an alias of a merged incident finds it too. */
export function findRow(rows: readonly IncidentRow[], key: string | null): IncidentRow | null {
  const parsed = parseIncidentKey(key)
  if (!parsed) return null
  let aliasHit: IncidentRow | null = null
  for (const row of rows) {
    if (row.vendorId !== parsed.vendorId) continue
    if (row.incident.id === parsed.incidentId) return row
    if (!aliasHit && row.incident.aliases.includes(parsed.incidentId)) aliasHit = row
  }
  return aliasHit
}
