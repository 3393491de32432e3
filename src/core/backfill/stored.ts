import type { Incident } from '../model'
import { incidentKey } from '../normalize/merge-sources'

/**
 * An incident is stored in full when a Statuspage JSON document gave its whole update trail:
 * resolved, with updates. A history.json entry (no updates) or an open incident is fetched again.
 */
function isStoredInFull(incident: Incident): boolean {
  const json = incident.format === 'statuspage-json' || incident.format === 'incidentio-json'
  return json && incident.updates.length > 0 && incident.end !== null
}

/** The codes (lower case) of the incidents stored in full, over every source of a vendor. */
export function codesStoredInFull(incidents: Iterable<Incident>): Set<string> {
  const codes = new Set<string>()
  for (const incident of incidents) if (isStoredInFull(incident)) codes.add(incidentKey(incident))
  return codes
}
