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

/**
 * Merges items that are the same event listed under several ids (maestra's two "Database
 * maintenance" items of Mar 16), keeping the first id and the others as aliases. Items that only
 * share a title stay apart.
 */
export function mergeDuplicates(incidents: readonly Incident[]): Incident[] {
  const byKey = new Map<string, Incident>()
  const result: Incident[] = []
  // Most items differ in kind, start or update count; only those that share them need the full key.
  const candidates = new Map<string, number>()
  const quickKey = (i: Incident) =>
    `${i.kind}|${i.start}|${i.updates.length}|${i.components.length}`
  for (const incident of incidents)
    candidates.set(quickKey(incident), (candidates.get(quickKey(incident)) ?? 0) + 1)
  for (const incident of incidents) {
    const quick = quickKey(incident)
    const key =
      (candidates.get(quick) ?? 0) > 1
        ? duplicateKey(incident)
        : `unique\u0004${quick}\u0004${incident.id}\u0004${result.length}`
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
