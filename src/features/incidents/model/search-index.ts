import type { Incident } from '../../../core/model'

// One lowercase haystack per incident, built once per stored incident list (arrays are replaced,
// never mutated, when the archive changes), so typing never re-lowercases 10,000 update trails.
const cache = new WeakMap<readonly Incident[], string[]>()

/** Title and every update's status and text, lowercased, joined by newlines. */
export function incidentSearchText(incident: Incident): string {
  const parts = [incident.title]
  for (const update of incident.updates) parts.push(update.status, update.text)
  return parts.join('\n').toLowerCase()
}

/** The search texts of a list, index-aligned with it; cached by the list's identity. */
export function searchIndexFor(incidents: readonly Incident[]): string[] {
  let index = cache.get(incidents)
  if (!index) {
    index = incidents.map(incidentSearchText)
    cache.set(incidents, index)
  }
  return index
}

/** Lowercase terms of a query; an incident matches when its text holds every term. */
export function queryTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean)
}

export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false
  return true
}
