import { MODEL_YEARS, type Coverage, type Incident, type IncidentFlag } from '../model'
import type { IncidentDraft } from '../normalize/draft'
import { toIsoUtc } from '../time/instants'
import { parseInstant } from '../time/parse-instant'
import { checkedTime, checkedUpdates, modelInstant, YEARS } from './checked-times'
import { coverageProblems, incidentProblems, isModelInstant } from './incident-invariants'

/** Every key of T, optional ones too, so a field added to T cannot be left out here. */
type EveryField<T> = { [K in keyof Required<T>]: T[K] }

const before = (a: string | null, b: string | null) =>
  a !== null && b !== null && parseInstant(a) < parseInstant(b)

function dropEnd(name: string, what: string, end: string, start: string, warnings: string[]) {
  warnings.push(`${name}: dropped ${what} ${end}, which is before its start ${start}.`)
}

/**
 * The first half of the model's invariants, on an adapter's draft before the shared rules run. A
 * start that is no date of MODEL_YEARS drops the item (null); any other bad time is left out; an
 * end, scheduled end or duration that would end before its start is dropped and the item flagged
 * `invalid_end`. Each refusal is a warning.
 */
export function checkDraft(draft: IncidentDraft, warnings: string[]): IncidentDraft | null {
  const name = `"${draft.title || draft.id}"`
  if (draft.declaredStart && !modelInstant(draft.declaredStart)) {
    warnings.push(`Skipped ${name}: its start "${draft.declaredStart}" is no date of ${YEARS}.`)
    return null
  }
  const updates = checkedUpdates(name, draft.updates, warnings)
  const flags = new Set<IncidentFlag>(draft.flags ?? [])
  const declaredStart = checkedTime(name, 'its start', draft.declaredStart, warnings)
  let declaredEnd = checkedTime(name, 'its end', draft.declaredEnd, warnings)
  const scheduledStart = checkedTime(name, 'its scheduled start', draft.scheduledStart, warnings)
  let scheduledEnd = checkedTime(name, 'its scheduled end', draft.scheduledEnd, warnings)
  let minutes = draft.declaredDurationMinutes ?? null
  if (declaredStart && declaredEnd && before(declaredEnd, declaredStart)) {
    dropEnd(name, 'its end', declaredEnd, declaredStart, warnings)
    flags.add('invalid_end')
    declaredEnd = null
  }
  if (scheduledStart && scheduledEnd && before(scheduledEnd, scheduledStart)) {
    dropEnd(name, 'its scheduled end', scheduledEnd, scheduledStart, warnings)
    flags.add('invalid_end')
    scheduledEnd = null
  }
  if (minutes !== null && !(Number.isFinite(minutes) && minutes >= 0)) {
    warnings.push(`${name}: dropped its declared duration of ${minutes} minutes.`)
    flags.add('invalid_end')
    minutes = null
  }
  const unchanged =
    updates === draft.updates &&
    declaredStart === (draft.declaredStart ?? null) &&
    declaredEnd === (draft.declaredEnd ?? null) &&
    scheduledStart === (draft.scheduledStart ?? null) &&
    scheduledEnd === (draft.scheduledEnd ?? null) &&
    minutes === (draft.declaredDurationMinutes ?? null) &&
    flags.size === (draft.flags?.length ?? 0)
  // The draft itself when it already keeps every rule, so its start read for coverage is reused.
  if (unchanged) return draft
  // Every field written out: spreading the draft and overriding seven keys costs ~8 µs an item.
  const checked: EveryField<IncidentDraft> = {
    id: draft.id,
    kind: draft.kind,
    title: draft.title,
    url: draft.url,
    components: draft.components,
    componentsStated: draft.componentsStated,
    impact: draft.impact,
    updates,
    declaredStart,
    declaredEnd,
    declaredDurationMinutes: minutes,
    scheduledStart,
    scheduledEnd,
    closed: draft.closed,
    flags: [...flags],
  }
  return checked
}

/**
 * The second half, on the incident the shared rules made of a checked draft: an end the rules had
 * to drop (before the start) or that lies past MODEL_YEARS is reported; an incident that still
 * breaks a rule is skipped with a warning (null), so none leaves the parser broken.
 */
export function checkIncident(
  incident: Incident,
  draft: IncidentDraft,
  warnings: string[],
): Incident | null {
  const name = `"${incident.title || incident.id}"`
  let checked = incident
  if (incident.end !== null && !isModelInstant(incident.end)) {
    warnings.push(`${name}: dropped its end, which lies after ${MODEL_YEARS.last}.`)
    const flags: IncidentFlag[] = [...new Set([...incident.flags, 'invalid_end' as const])]
    checked = {
      ...incident,
      end: null,
      durationMinutes: null,
      declaredDurationMinutes: null,
      flags,
    }
  } else if (checked.flags.includes('invalid_end') && !draft.flags?.includes('invalid_end')) {
    const now = incident.end === null ? 'it is open' : `it ends at ${incident.end}`
    warnings.push(`${name}: dropped an end before its start ${incident.start}; ${now}.`)
  }
  const problems = incidentProblems(checked)
  if (problems.length === 0) return checked
  warnings.push(`Skipped ${name}: ${problems.join('; ')}.`)
  return null
}

/** From the earliest start to the latest time any incident names. */
function derivedCoverage(incidents: readonly Incident[]): Coverage {
  let from = Infinity
  let to = -Infinity
  for (const incident of incidents) {
    const startMs = parseInstant(incident.start)
    from = Math.min(from, startMs)
    if (incident.start) to = Math.max(to, startMs)
    if (incident.end) to = Math.max(to, parseInstant(incident.end))
    for (const update of incident.updates) if (update.at) to = Math.max(to, parseInstant(update.at))
  }
  return Number.isFinite(from)
    ? { from: toIsoUtc(from), to: toIsoUtc(to) }
    : { from: null, to: null }
}

/** The feed's stated coverage when it is a span of model instants, else the incidents' own. */
export function checkCoverage(
  stated: Coverage | null,
  incidents: readonly Incident[],
  warnings: string[],
): Coverage {
  if (stated === null) return derivedCoverage(incidents)
  if (coverageProblems(stated).length === 0) return stated
  warnings.push(
    `The period the feed says it covers (${stated.from ?? '…'} to ${stated.to ?? '…'}) is not a span of ${YEARS}; its incidents' own period is used.`,
  )
  return derivedCoverage(incidents)
}
