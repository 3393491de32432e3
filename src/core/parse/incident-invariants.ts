import {
  IMPACT_LEVELS,
  INCIDENT_FLAGS,
  INCIDENT_KINDS,
  PARSE_ERROR_KINDS,
  type Incident,
  type ParseOutcome,
} from '../model'

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/

/** What every parsed incident must satisfy, whatever the input; returns the broken rules. */
export function incidentProblems(incident: Incident): string[] {
  const problems: string[] = []
  const check = (ok: boolean, rule: string) => {
    if (!ok) problems.push(`${incident.id || '(no id)'}: ${rule}`)
  }
  check(typeof incident.id === 'string' && incident.id.length > 0, 'has an id')
  check(INCIDENT_KINDS.includes(incident.kind), 'has a known kind')
  check(IMPACT_LEVELS.includes(incident.impact), 'has a known impact')
  check(ISO_UTC.test(incident.start), 'starts at an ISO UTC instant')
  check(
    incident.end === null || (ISO_UTC.test(incident.end) && incident.end >= incident.start),
    'ends after it starts',
  )
  check(
    (incident.end === null) === (incident.durationMinutes === null),
    'has a duration exactly when it has an end',
  )
  check(
    incident.durationMinutes === null || incident.durationMinutes >= 0,
    'has a non-negative duration',
  )
  check(
    incident.flags.every((f) => INCIDENT_FLAGS.includes(f)),
    'has known flags',
  )
  check(
    incident.updates.every((u) => ISO_UTC.test(u.at) && typeof u.text === 'string'),
    'has dated text updates',
  )
  check(
    incident.updates.every((u, i, all) => i === 0 || (all[i - 1]?.at ?? '') <= u.at),
    'lists updates oldest first',
  )
  return problems
}

/** Problems of a whole parse outcome: a typed error, or incidents that keep the invariants. */
export function outcomeProblems(outcome: ParseOutcome): string[] {
  if (!outcome.ok) {
    const { kind, message } = outcome.error
    return PARSE_ERROR_KINDS.includes(kind) && message.length > 0
      ? []
      : [`untyped error ${kind}: ${message}`]
  }
  return outcome.feed.incidents.flatMap(incidentProblems)
}
