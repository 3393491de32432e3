import { INCIDENT_FLAGS, type Incident, type IncidentFlag, type Provenance } from '../model'
import { endOf } from '../incident-end'
import { matchKnownComponents } from './component-words'
import { mergeDuplicates } from './dedupe'

/** The incident code in a Statuspage-style URL (…/incidents/<code>), else the id itself. */
export function incidentKey(incident: Incident): string {
  const fromUrl = /\/incidents\/([A-Za-z0-9]+)\/?(?:[?#].*)?$/.exec(incident.url ?? '')?.[1]
  return (fromUrl ?? incident.id).toLowerCase()
}

export interface MergeOptions {
  /** One per list: which source it is, named in each merged incident's provenance. */
  labels?: readonly string[]
  /** One per list: when that copy was captured (ISO UTC); the most recent capture wins. */
  capturedAt?: readonly (string | null)[]
  /** The vendor's full components list, when a source gives one (JSON summary/components). */
  components?: readonly string[]
}

/** One copy of an incident, from one list. */
interface Version {
  incident: Incident
  label: string
  /** The capture time, else the latest instant the copy speaks for. */
  asOfMs: number
  /** Orders copies captured at the same moment by content, so input order never decides. */
  tiebreak: string
}

/** Without a capture time, a copy is as recent as its latest update (a planned end is no sign). */
function latestInstant(incident: Incident): number {
  const times = incident.updates.length > 0 ? incident.updates.map((u) => u.at) : [incident.start]
  return Math.max(...times.map((t) => Date.parse(t)))
}

const oldestFirst = (a: Version, b: Version) =>
  a.asOfMs - b.asOfMs || (a.tiebreak < b.tiebreak ? -1 : a.tiebreak > b.tiebreak ? 1 : 0)

/** The most recent copy that satisfies `test`, or undefined. */
const latest = (versions: readonly Version[], test: (i: Incident) => boolean) =>
  versions.findLast((v) => test(v.incident))

const statesDuration = (i: Incident) =>
  i.declaredDurationMinutes !== null && !i.flags.includes('window_from_text')

/**
 * The copy whose update trail counts: the latest capture with updates of each format (a later
 * capture of a feed replaces its trail: edited or removed updates go), then the longest of those
 * (history.atom's against incidents.json's), then the most recent.
 */
function trailOwner(versions: readonly Version[]): Version {
  // A copy without updates (a history.json item) has no trail to offer.
  const withTrail = versions.filter((v) => v.incident.updates.length > 0)
  const latestByFormat = new Map(
    (withTrail.length > 0 ? withTrail : versions).map((v) => [v.incident.format, v]),
  )
  const candidates = [...latestByFormat.values()].sort(oldestFirst)
  return candidates.reduce((best, v) =>
    v.incident.updates.length >= best.incident.updates.length ? v : best,
  )
}

/** One incident from all its copies (oldest first): each fact from the most recent copy stating it. */
function mergeVersions(versions: readonly Version[]): {
  incident: Incident
  provenance: Provenance
} {
  const owner = trailOwner(versions)
  const newest = versions.at(-1) ?? owner
  const base = owner.incident
  const impact = base.impactInferred ? latest(versions, (i) => !i.impactInferred) : undefined
  const stated = (i: Incident) =>
    !i.componentsInferred && (i.components.length > 0 || i.noComponentsStated === true)
  const components = stated(base) ? undefined : latest(versions, stated)
  const declared = statesDuration(base) ? undefined : latest(versions, statesDuration)
  const ids = [...new Set(versions.flatMap((v) => [v.incident.id, ...v.incident.aliases]))]
  const flags = new Set<IncidentFlag>(base.flags)
  for (const flag of ['merged_duplicate', 'timezone_assumed'] as const)
    if (versions.some((v) => v.incident.flags.includes(flag))) flags.add(flag)
  // `upcoming` ends once any copy shows the item started.
  if (!versions.every((v) => v.incident.flags.includes('upcoming'))) flags.delete('upcoming')
  if (declared) flags.delete('window_from_text')
  const merged: Incident = {
    ...base,
    ...(declared ? pickDeclared(declared.incident) : {}),
    title: newest.incident.title, // a renamed title follows the vendor
    url: latest(versions, (i) => i.url !== null)?.incident.url ?? null,
    aliases: ids.filter((id) => id !== base.id).sort(),
    components: components?.incident.components ?? base.components,
    componentsInferred: components ? false : base.componentsInferred,
    impact: impact?.incident.impact ?? base.impact,
    impactInferred: impact ? false : base.impactInferred,
    flags: INCIDENT_FLAGS.filter((flag) => flags.has(flag)),
  }
  if (declared) delete merged.windowText
  if (components?.incident.noComponentsStated) merged.noComponentsStated = true
  else if (components) delete merged.noComponentsStated
  const provenance: Provenance = {
    updates: owner.label,
    components: components?.label ?? (stated(base) ? owner.label : null),
    impact: impact?.label ?? (base.impactInferred ? null : owner.label),
    duration: declared?.label ?? owner.label,
  }
  return { incident: merged, provenance }
}

function pickDeclared(source: Incident) {
  const { start, declaredDurationMinutes, scheduledStart, scheduledEnd } = source
  return { start, ...endOf(source), declaredDurationMinutes, scheduledStart, scheduledEnd }
}

/**
 * Inferred component names written as the vendor's known components: strictly against a full
 * list (unknown names dropped), else against the names sources state (unknown names kept).
 */
function alignInferredComponents(incidents: Incident[], full: readonly string[]): Incident[] {
  const known =
    full.length > 0
      ? full
      : [...new Set(incidents.flatMap((i) => (i.componentsInferred ? [] : i.components)))]
  if (known.length === 0) return incidents
  return incidents.map((incident) => {
    if (!incident.componentsInferred) return incident
    const components = matchKnownComponents(
      incident.components,
      known,
      incident.vendor,
      full.length > 0,
    )
    return { ...incident, components, componentsInferred: components.length > 0 }
  })
}

const newestFirst = (a: Incident, b: Incident) =>
  Date.parse(b.start) - Date.parse(a.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * One vendor's incidents from several sources or captures (history.atom for the trail,
 * incidents.json for components and impact, weekly copies of one feed), merged by incident code
 * whatever order the lists come in: each fact from the most recent capture that states it (stated
 * beats inferred), the trail by `trailOwner`; then exact duplicates are merged. With labels,
 * incidents merged from several copies say which source supplied each fact.
 */
export function mergeSourceIncidents(
  lists: readonly (readonly Incident[])[],
  labelsOrOptions?: readonly string[] | MergeOptions,
): Incident[] {
  const options: MergeOptions = Array.isArray(labelsOrOptions)
    ? { labels: labelsOrOptions as readonly string[] }
    : ((labelsOrOptions as MergeOptions | undefined) ?? {})
  const groups = new Map<string, Version[]>()
  lists.forEach((list, index) => {
    const label = options.labels?.[index] ?? String(index)
    const captured = Date.parse(options.capturedAt?.[index] ?? '')
    for (const incident of list) {
      const asOfMs = Number.isFinite(captured) ? captured : latestInstant(incident)
      const version = { incident, label, asOfMs, tiebreak: '' }
      const key = incidentKey(incident)
      const group = groups.get(key)
      if (group) group.push(version)
      else groups.set(key, [version])
    }
  })
  const merged = [...groups.values()].map((versions): Incident => {
    if (versions.length === 1 && versions[0]) {
      const { provenance: _provenance, ...plain } = versions[0].incident
      return plain
    }
    for (const v of versions) v.tiebreak = `${JSON.stringify(v.incident)}\u0000${v.label}`
    const { incident, provenance } = mergeVersions(versions.sort(oldestFirst))
    if (options.labels) return { ...incident, provenance }
    const { provenance: _dropped, ...plain } = incident
    return plain
  })
  const aligned = alignInferredComponents(merged, options.components ?? [])
  return mergeDuplicates(aligned.sort(newestFirst)).sort(newestFirst)
}
