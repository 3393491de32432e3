import type { Incident } from '../model'
import { normalizeForComparison } from '../text/html-to-text'

/** Same kind, title, start, components and update trail (time, status, text): one event. */
function duplicateKey(incident: Incident): string {
  const components = [...incident.components].map(normalizeForComparison).sort().join('|')
  const trail = incident.updates
    .map(
      (u) =>
        `${u.at}\u0001${normalizeForComparison(u.status)}\u0001${normalizeForComparison(u.text)}`,
    )
    .join('\u0002')
  return [
    incident.kind,
    normalizeForComparison(incident.title),
    incident.start,
    components,
    trail,
  ].join('\u0003')
}

// Most items differ in kind, start or update count; only those that share them need the full key.
const quickKey = (i: Incident) => `${i.kind}|${i.start}|${i.updates.length}|${i.components.length}`

/** A copy whose aliases and flags can grow without touching the caller's incident. */
const copyOf = (incident: Incident): Incident => ({
  ...incident,
  aliases: [...incident.aliases],
  flags: [...incident.flags],
})

/**
 * Merges items that are the same event listed under several ids (maestra's two "Database
 * maintenance" items of Mar 16), keeping the first id and the others as aliases. Items that only
 * share a title stay apart.
 */
export function mergeDuplicates(incidents: readonly Incident[]): Incident[] {
  const byKey = new Map<string, Incident>()
  const result: Incident[] = []
  const candidates = new Map<string, number>()
  const quickKeys = incidents.map(quickKey)
  for (const quick of quickKeys) candidates.set(quick, (candidates.get(quick) ?? 0) + 1)
  for (let index = 0; index < incidents.length; index++) {
    const incident = incidents[index] as Incident
    // An item alone in its quick key has no duplicate: it is kept without a full key.
    if ((candidates.get(quickKeys[index] as string) ?? 0) < 2) {
      result.push(copyOf(incident))
      continue
    }
    const key = duplicateKey(incident)
    const kept = byKey.get(key)
    if (!kept) {
      const first = copyOf(incident)
      byKey.set(key, first)
      result.push(first)
      continue
    }
    if (kept.id === incident.id) continue
    for (const alias of [incident.id, ...incident.aliases]) {
      if (alias !== kept.id && !kept.aliases.includes(alias)) kept.aliases.push(alias)
    }
    if (!kept.flags.includes('merged_duplicate')) kept.flags.push('merged_duplicate')
  }
  return result
}
