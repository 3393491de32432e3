import type { Incident } from '../model'

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index])
}

/** Identical in kind, title, start, end, impact, components (any order) and update stamps. */
function isSameContent(a: Incident, b: Incident): boolean {
  return (
    a.kind === b.kind &&
    a.title === b.title &&
    a.start === b.start &&
    a.end === b.end &&
    a.impact === b.impact &&
    sameList([...a.components].sort(), [...b.components].sort()) &&
    a.updates.length === b.updates.length &&
    a.updates.every((u, i) => u.at === b.updates[i]?.at && u.status === b.updates[i]?.status)
  )
}

/** A resolved item over an open one, then the smaller id: the input order never matters. */
function isBetterRepresentative(candidate: Incident, current: Incident): boolean {
  if ((candidate.end === null) !== (current.end === null)) return candidate.end !== null
  return candidate.id < current.id
}

/**
 * Collapses items that are one event: they share an id or alias (transitively), or they are the
 * same content under different ids. Keeps one per group (see isBetterRepresentative).
 */
export function dedupeIncidents(incidents: readonly Incident[]): Incident[] {
  // Plain arrays: small typed arrays cost an off-heap allocation each, and this runs per vendor.
  const parent: number[] = []
  for (let index = 0; index < incidents.length; index += 1) parent.push(index)
  const find = (index: number): number => {
    let root = index
    while (parent[root] !== root) root = parent[root] ?? root
    parent[index] = root
    return root
  }
  let merged = false
  const join = (a: number, b: number) => {
    const [rootA, rootB] = [find(a), find(b)]
    if (rootA !== rootB) parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB)
    merged = true
  }
  const owners = new Map<string, number>()
  const claim = (id: string, index: number) => {
    const owner = owners.get(id)
    if (owner === undefined) owners.set(id, index)
    else join(owner, index)
  }
  // Items with the same start form a chain: the latest one's index, then each one's predecessor.
  const latestWithStart = new Map<string, number>()
  const previousWithStart: number[] = []
  for (let index = 0; index < incidents.length; index += 1) {
    const incident = incidents[index] as Incident
    claim(incident.id, index)
    for (const alias of incident.aliases) claim(alias, index)
    const latest = latestWithStart.get(incident.start)
    latestWithStart.set(incident.start, index)
    previousWithStart.push(latest ?? -1)
    for (let other = latest ?? -1; other >= 0; other = previousWithStart[other] ?? -1) {
      if (isSameContent(incidents[other] as Incident, incident)) join(other, index)
    }
  }
  if (!merged) return [...incidents]
  const chosen = new Map<number, Incident>()
  incidents.forEach((incident, index) => {
    const root = find(index)
    const current = chosen.get(root)
    if (!current || isBetterRepresentative(incident, current)) chosen.set(root, incident)
  })
  return [...chosen.values()]
}
