import type { Incident } from '../model'
import { normalizeForComparison } from '../text/html-to-text'

/** Same kind, title, start, components and update trail (time, status, text): one event. */
export function duplicateKey(incident: Incident): string {
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

/**
 * Merges items that are the same event listed under several ids (maestra's two "Database
 * maintenance" items of Mar 16), keeping the first id and the others as aliases. Items that only
 * share a title stay apart.
 */
export function mergeDuplicates(incidents: readonly Incident[]): Incident[] {
  const byKey = new Map<string, Incident>()
  const result: Incident[] = []
  for (const incident of incidents) {
    const key = duplicateKey(incident)
    const kept = byKey.get(key)
    if (!kept) {
      const copy = { ...incident, aliases: [...incident.aliases], flags: [...incident.flags] }
      byKey.set(key, copy)
      result.push(copy)
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
