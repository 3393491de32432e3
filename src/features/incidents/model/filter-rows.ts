import type { IncidentFilters } from './incident-filters'
import type { IncidentRow } from './incident-rows'
import { matchesTerms, queryTerms } from './search-index'

/** The analysis period as epoch ms: `from` inclusive, `to` exclusive (both YYYY-MM-DD, UTC). */
export function periodBounds(period: { from: string; to: string }): {
  fromMs: number
  toMs: number
} {
  return {
    fromMs: Date.parse(`${period.from}T00:00:00Z`),
    toMs: Date.parse(`${period.to}T00:00:00Z`),
  }
}

/** An incident counts for a period when it overlaps it; an open one runs until now. */
export function overlapsPeriod(
  row: IncidentRow,
  bounds: { fromMs: number; toMs: number },
  nowMs: number,
): boolean {
  if (Number.isNaN(row.startMs)) return true
  const end = row.endMs ?? Math.max(nowMs, row.startMs)
  return row.startMs < bounds.toMs && end >= bounds.fromMs
}

/** Rows passing every filter, in the order given. */
export function filterRows(
  rows: readonly IncidentRow[],
  filters: IncidentFilters,
  bounds: { fromMs: number; toMs: number },
  nowMs: number,
): IncidentRow[] {
  const terms = queryTerms(filters.q)
  const { vendor, component, kind, impact, state, range } = filters
  return rows.filter((row) => {
    const { incident } = row
    if (vendor !== null && row.vendorId !== vendor) return false
    if (kind !== null && incident.kind !== kind) return false
    if (impact !== null && incident.impact !== impact) return false
    if (state === 'open' && incident.end !== null) return false
    if (state === 'resolved' && incident.end === null) return false
    if (component !== null && !incident.components.includes(component)) return false
    if (range === 'period' && !overlapsPeriod(row, bounds, nowMs)) return false
    return terms.length === 0 || matchesTerms(row.search, terms)
  })
}
