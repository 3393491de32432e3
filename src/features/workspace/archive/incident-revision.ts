import type { Incident } from '../../../core/model'

/** Deep equality of JSON-like values; a property set to undefined counts as absent. */
export function isSameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => isSameValue(item, b[index]))
  }
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = (value: Record<string, unknown>) =>
    Object.keys(value).filter((key) => value[key] !== undefined)
  const leftKeys = keys(left)
  return (
    leftKeys.length === keys(right).length &&
    leftKeys.every((key) => Object.hasOwn(right, key) && isSameValue(left[key], right[key]))
  )
}

/** How far a version of an incident has got: its latest update, then how many, then whether it ended. */
function revision(incident: Incident): [number, number, number] {
  const latest = incident.updates.reduce((max, update) => {
    const at = Date.parse(update.at)
    return Number.isFinite(at) ? Math.max(max, at) : max
  }, -1)
  return [latest, incident.updates.length, incident.end === null ? 0 : 1]
}

export type IncidentChange = 'added' | 'updated' | 'unchanged'

/**
 * What storing `incoming` over `stored` means. The incoming version replaces the stored one, updates
 * and all, unless the stored one is strictly further along (a stale copy must not roll it back).
 */
export function classifyIncoming(stored: Incident | undefined, incoming: Incident): IncidentChange {
  if (!stored) return 'added'
  if (isSameValue(stored, incoming)) return 'unchanged'
  const [a, b] = [revision(stored), revision(incoming)]
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0)
    if (difference > 0) return 'unchanged'
    if (difference < 0) break
  }
  return 'updated'
}
