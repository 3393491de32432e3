/** The `report` URL param: comma-separated vendor ids; absent (or naming none we know) means all. */
export function selectedVendorIds(param: string | null, allIds: readonly string[]): string[] {
  const wanted = new Set((param ?? '').split(',').filter(Boolean))
  const picked = allIds.filter((id) => wanted.has(id))
  return picked.length > 0 ? picked : [...allIds]
}

/** The param for a selection: null (all) when every vendor is in it, ids in workspace order. */
export function selectionParam(
  selected: readonly string[],
  allIds: readonly string[],
): string | null {
  const chosen = new Set(selected)
  const ids = allIds.filter((id) => chosen.has(id))
  return ids.length === 0 || ids.length === allIds.length ? null : ids.join(',')
}

/** Adds or removes one vendor; the last one stays, since a report of nobody says nothing. */
export function toggleVendor(
  selected: readonly string[],
  id: string,
  allIds: readonly string[],
): string | null {
  const next = selected.includes(id) ? selected.filter((v) => v !== id) : [...selected, id]
  return next.length === 0 ? selectionParam(selected, allIds) : selectionParam(next, allIds)
}
