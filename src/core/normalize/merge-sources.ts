import type { Incident, Provenance } from '../model'
import { mergeDuplicates } from './dedupe'

/** The incident code in a Statuspage-style URL (…/incidents/<code>), else the id itself. */
export function incidentKey(incident: Incident): string {
  const fromUrl = /\/incidents\/([A-Za-z0-9]+)\/?(?:[?#].*)?$/.exec(incident.url ?? '')?.[1]
  return (fromUrl ?? incident.id).toLowerCase()
}

interface Labelled {
  incident: Incident
  provenance: Provenance
}

function single(incident: Incident, source: string): Provenance {
  const stated = (value: boolean) => (value ? source : null)
  return {
    updates: source,
    components: stated(incident.components.length > 0),
    impact: stated(!incident.impactInferred),
    duration: source,
  }
}

function richer(first: Labelled, second: Labelled): Labelled {
  const [baseL, otherL] =
    second.incident.updates.length > first.incident.updates.length
      ? [second, first]
      : [first, second]
  const base = baseL.incident
  const other = otherL.incident
  const impactFromOther = base.impactInferred && !other.impactInferred
  const declaredFromOther =
    base.declaredDurationMinutes === null && other.declaredDurationMinutes !== null
  const componentsFromOther = base.components.length === 0 && other.components.length > 0
  const provenance: Provenance = {
    updates: baseL.provenance.updates,
    components: componentsFromOther ? otherL.provenance.components : baseL.provenance.components,
    impact: impactFromOther ? otherL.provenance.impact : baseL.provenance.impact,
    duration: declaredFromOther ? otherL.provenance.duration : baseL.provenance.duration,
  }
  const merged: Incident = {
    ...(declaredFromOther ? { ...base, ...pickDeclared(other) } : base),
    components: componentsFromOther ? other.components : base.components,
    impact: impactFromOther ? other.impact : base.impact,
    impactInferred: impactFromOther ? false : base.impactInferred,
    aliases: [
      ...new Set([...base.aliases, ...other.aliases, ...(other.id !== base.id ? [other.id] : [])]),
    ],
    flags: [...new Set([...base.flags, ...other.flags])],
    url: base.url ?? other.url,
    provenance,
  }
  return { incident: merged, provenance }
}

function pickDeclared(source: Incident): Partial<Incident> {
  const { start, end, durationMinutes, declaredDurationMinutes, scheduledStart, scheduledEnd } =
    source
  return { start, end, durationMinutes, declaredDurationMinutes, scheduledStart, scheduledEnd }
}

/**
 * One vendor's incidents from several sources (history.atom for the trail, incidents.json for
 * components and impact): merged by incident code, keeping the longest update trail, stated impact
 * over inferred, declared durations over timeline ones; then exact duplicates are merged. With
 * `labels` (one per list), merged incidents say which source supplied each fact.
 */
export function mergeSourceIncidents(
  lists: readonly (readonly Incident[])[],
  labels?: readonly string[],
): Incident[] {
  const byKey = new Map<string, Labelled>()
  const merged = new Set<string>()
  lists.forEach((list, index) => {
    const label = labels?.[index] ?? String(index)
    for (const incident of list) {
      const key = incidentKey(incident)
      const kept = byKey.get(key)
      const entry = { incident, provenance: single(incident, label) }
      if (kept) merged.add(key)
      byKey.set(key, kept ? richer(kept, entry) : entry)
    }
  })
  const result = [...byKey].map(([key, { incident }]): Incident => {
    if (labels && merged.has(key)) return incident
    const { provenance: _provenance, ...plain } = incident
    return plain
  })
  return mergeDuplicates(result).sort((a, b) => Date.parse(b.start) - Date.parse(a.start))
}
