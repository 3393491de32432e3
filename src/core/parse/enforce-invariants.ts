import { MODEL_YEARS, type Coverage, type Incident, type IncidentFlag } from '../model'
import type { IncidentDraft } from '../normalize/draft'
import { parseInstantMs, toIsoUtc } from '../time/instants'
import { parseInstant } from '../time/parse-instant'
import {
  AFTER_LAST_MS,
  FIRST_MS,
  coverageProblems,
  incidentProblems,
  isModelInstant,
} from './incident-invariants'

const YEARS = `${MODEL_YEARS.first}–${MODEL_YEARS.last}`

/** A time in the model's form (ISO UTC within MODEL_YEARS), or null when it is not one. */
function modelInstant(value: string | null | undefined): string | null {
  // A time already in that form is its own ISO text: toIsoUtc would write it back the same.
  if (value?.length === 20 && isModelInstant(value)) return value
  const ms = parseInstantMs(value)
  return ms !== null && ms >= FIRST_MS && ms < AFTER_LAST_MS ? toIsoUtc(ms) : null
}

const before = (a: string | null, b: string | null) =>
  a !== null && b !== null && parseInstant(a) < parseInstant(b)

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
  const time = (what: string, value: string | null | undefined): string | null => {
    if (value === null || value === undefined) return null
    const iso = modelInstant(value)
    if (iso === null) warnings.push(`${name}: left out ${what} "${value}", no date of ${YEARS}.`)
    return iso
  }
  const updates = draft.updates.flatMap((update) => {
    const at = time('an update dated', update.at)
    if (at === null) return []
    return at === update.at ? [update] : [{ ...update, at }]
  })
  const flags = new Set<IncidentFlag>(draft.flags ?? [])
  const dropEnd = (what: string, end: string, start: string) => {
    warnings.push(`${name}: dropped ${what} ${end}, which is before its start ${start}.`)
    flags.add('invalid_end')
  }
  const declaredStart = time('its start', draft.declaredStart)
  let declaredEnd = time('its end', draft.declaredEnd)
  const scheduledStart = time('its scheduled start', draft.scheduledStart)
  let scheduledEnd = time('its scheduled end', draft.scheduledEnd)
  let minutes = draft.declaredDurationMinutes ?? null
  if (declaredStart && declaredEnd && before(declaredEnd, declaredStart)) {
    dropEnd('its end', declaredEnd, declaredStart)
    declaredEnd = null
  }
  if (scheduledStart && scheduledEnd && before(scheduledEnd, scheduledStart)) {
    dropEnd('its scheduled end', scheduledEnd, scheduledStart)
    scheduledEnd = null
  }
  if (minutes !== null && !(Number.isFinite(minutes) && minutes >= 0)) {
    warnings.push(`${name}: dropped its declared duration of ${minutes} minutes.`)
    flags.add('invalid_end')
    minutes = null
  }
  const unchanged =
    updates.length === draft.updates.length &&
    updates.every((update, i) => update === draft.updates[i]) &&
    declaredStart === (draft.declaredStart ?? null) &&
    declaredEnd === (draft.declaredEnd ?? null) &&
    scheduledStart === (draft.scheduledStart ?? null) &&
    scheduledEnd === (draft.scheduledEnd ?? null) &&
    minutes === (draft.declaredDurationMinutes ?? null) &&
    flags.size === (draft.flags?.length ?? 0)
  // The draft itself when it already keeps every rule, so its start read for coverage is reused.
  if (unchanged) return draft
  return {
    ...draft,
    updates,
    declaredStart,
    declaredEnd,
    scheduledStart,
    scheduledEnd,
    declaredDurationMinutes: minutes,
    flags: [...flags],
  }
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
    from = Math.min(from, parseInstant(incident.start))
    for (const instant of [incident.start, incident.end, ...incident.updates.map((u) => u.at)]) {
      if (instant) to = Math.max(to, parseInstant(instant))
    }
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
