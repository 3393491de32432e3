import { createMemo } from '../../../core/memo'
import type { Incident } from '../../../core/model'

/** Title and every update's status and text, lowercased, joined by newlines. */
export function incidentSearchText(incident: Incident): string {
  const parts = [incident.title]
  for (const update of incident.updates) parts.push(update.status, update.text)
  return parts.join('\n').toLowerCase()
}

/**
 * The search texts of a list, index-aligned with it; cached by the list's identity (arrays are
 * replaced, never mutated, when the archive changes), so typing never re-lowercases 10,000 trails.
 */
export const searchIndexFor = createMemo(
  (incidents: readonly Incident[]): string[] => incidents.map(incidentSearchText),
  { limit: 1, owner: (incidents) => incidents, key: () => '' },
)

/** Lowercase terms of a query; an incident matches when its text holds every term. */
export function queryTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean)
}

export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false
  return true
}
