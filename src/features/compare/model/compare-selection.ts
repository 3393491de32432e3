const DEFAULT_COMPARED = 6
export const MAX_COMPARED = 8

/**
 * The vendors to compare, in workspace order: the `compare` param's known ids, or the first six
 * when it is absent or names none that still exist.
 */
export function readCompareSelection(param: string | null, ids: readonly string[]): string[] {
  const wanted = new Set((param ?? '').split(',').filter(Boolean))
  const chosen = ids.filter((id) => wanted.has(id)).slice(0, MAX_COMPARED)
  return chosen.length > 0 ? chosen : ids.slice(0, DEFAULT_COMPARED)
}

/** The selection after ticking or unticking one vendor; the last one cannot be unticked. */
export function toggleCompared(
  selected: readonly string[],
  id: string,
  ids: readonly string[],
): string[] {
  const next = new Set(selected)
  if (next.has(id)) {
    if (next.size > 1) next.delete(id)
  } else if (next.size < MAX_COMPARED) next.add(id)
  return ids.filter((candidate) => next.has(candidate))
}
