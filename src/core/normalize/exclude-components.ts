import type { Incident } from '../model'

/**
 * Leaves out the components a user excluded from a vendor's figures. An incident that only touched
 * excluded components leaves too; one with no components counts against the whole vendor and stays.
 */
export function excludeComponents(
  incidents: readonly Incident[],
  excluded: readonly string[],
): Incident[] {
  if (excluded.length === 0) return [...incidents]
  const skip = new Set(excluded)
  return incidents.flatMap((incident) => {
    if (incident.components.length === 0) return [incident]
    const components = incident.components.filter((c) => !skip.has(c))
    if (components.length === 0) return []
    const updates = incident.updates.map((u) =>
      u.componentChanges
        ? { ...u, componentChanges: u.componentChanges.filter((c) => !skip.has(c.component)) }
        : u,
    )
    return [{ ...incident, components, updates }]
  })
}
