import type { Incident } from '../model'
import { mergeDuplicates } from './dedupe'

/** The incident code in a Statuspage-style URL (…/incidents/<code>), else the id itself. */
export function incidentKey(incident: Incident): string {
  const fromUrl = /\/incidents\/([A-Za-z0-9]+)\/?(?:[?#].*)?$/.exec(incident.url ?? '')?.[1]
  return (fromUrl ?? incident.id).toLowerCase()
}

function richer(a: Incident, b: Incident): Incident {
  const base = b.updates.length > a.updates.length ? b : a
  const other = base === a ? b : a
  const impactFromOther = base.impactInferred && !other.impactInferred
  const declaredFromOther =
    base.declaredDurationMinutes === null && other.declaredDurationMinutes !== null
  return {
    ...(declaredFromOther ? { ...base, ...pickDeclared(other) } : base),
    components: base.components.length > 0 ? base.components : other.components,
    impact: impactFromOther ? other.impact : base.impact,
    impactInferred: impactFromOther ? false : base.impactInferred,
    aliases: [
      ...new Set([...base.aliases, ...other.aliases, ...(other.id !== base.id ? [other.id] : [])]),
    ],
    flags: [...new Set([...base.flags, ...other.flags])],
    url: base.url ?? other.url,
  }
}

function pickDeclared(source: Incident): Partial<Incident> {
  const { start, end, durationMinutes, declaredDurationMinutes, scheduledStart, scheduledEnd } =
    source
  return { start, end, durationMinutes, declaredDurationMinutes, scheduledStart, scheduledEnd }
}

/**
 * One vendor's incidents from several sources (history.atom for the trail, incidents.json for
 * components and impact): merged by incident code, keeping the longest update trail, stated impact
 * over inferred, declared durations over timeline ones; then exact duplicates are merged.
 */
export function mergeSourceIncidents(lists: readonly (readonly Incident[])[]): Incident[] {
  const byKey = new Map<string, Incident>()
  for (const incident of lists.flat()) {
    const key = incidentKey(incident)
    const kept = byKey.get(key)
    byKey.set(key, kept ? richer(kept, incident) : incident)
  }
  return mergeDuplicates([...byKey.values()]).sort(
    (a, b) => Date.parse(b.start) - Date.parse(a.start),
  )
}
