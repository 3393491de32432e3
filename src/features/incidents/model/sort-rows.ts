import type { IncidentSort } from './incident-filters'
import type { IncidentRow } from './incident-rows'

type Compare = (a: IncidentRow, b: IncidentRow) => number

// Unreadable starts and unknown or open durations go last in both directions.
const missingLast = (a: number | null, b: number | null, dir: 1 | -1) => {
  const aMissing = a === null || Number.isNaN(a)
  const bMissing = b === null || Number.isNaN(b)
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1
  return (a - b) * dir
}

const byKey = (a: IncidentRow, b: IncidentRow) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)

const COMPARE: Record<IncidentSort, Compare> = {
  'start-desc': (a, b) => missingLast(a.startMs, b.startMs, -1) || byKey(a, b),
  'start-asc': (a, b) => missingLast(a.startMs, b.startMs, 1) || byKey(a, b),
  'duration-desc': (a, b) =>
    missingLast(a.durationMinutes, b.durationMinutes, -1) ||
    missingLast(a.startMs, b.startMs, -1) ||
    byKey(a, b),
  'duration-asc': (a, b) =>
    missingLast(a.durationMinutes, b.durationMinutes, 1) ||
    missingLast(a.startMs, b.startMs, -1) ||
    byKey(a, b),
}

/** A sorted copy; ties break by newer start, then by key, so the order is stable across loads. */
export function sortRows(rows: readonly IncidentRow[], sort: IncidentSort): IncidentRow[] {
  return [...rows].sort(COMPARE[sort])
}
