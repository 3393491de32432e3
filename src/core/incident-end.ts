import type { Incident, IncidentEnd, IncidentFacts } from './model'
import { MINUTE_MS, toIsoUtc } from './time/instants'

/** An incident as read from outside, before its invariants are checked. */
export type UncheckedIncident = IncidentFacts & {
  end: string | null
  durationMinutes: number | null
}

/** The end and duration of an incident from `startMs` to `endMs` (null while open). */
export function endFromMs(startMs: number, endMs: number | null): IncidentEnd {
  return endMs === null
    ? { end: null, durationMinutes: null }
    : { end: toIsoUtc(endMs), durationMinutes: (endMs - startMs) / MINUTE_MS }
}

/** The end and duration of an incident, as one value to copy onto another. */
export function endOf(incident: Incident): IncidentEnd {
  return incident.end === null
    ? { end: null, durationMinutes: null }
    : { end: incident.end, durationMinutes: incident.durationMinutes }
}

/** An incident whose invariants held (incidentProblems), typed as the model: end and duration set together. */
export function checkedIncident(incident: UncheckedIncident): Incident {
  const { end, durationMinutes } = incident
  if (end !== null && durationMinutes !== null) return { ...incident, end, durationMinutes }
  return { ...incident, end: null, durationMinutes: null }
}
