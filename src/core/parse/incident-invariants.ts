import {
  IMPACT_LEVELS,
  INCIDENT_FLAGS,
  INCIDENT_KINDS,
  MODEL_YEARS,
  PARSE_ERROR_KINDS,
  type Coverage,
  type ParseOutcome,
} from '../model'
import { MINUTE_MS } from '../time/instants'
import { canonicalInstantMs, parseInstant } from '../time/parse-instant'
import type { UncheckedIncident } from '../incident-end'

// The model's years as epoch bounds: any instant between them is written as a valid ISO instant.
export const FIRST_MS = Date.UTC(MODEL_YEARS.first, 0, 1)
export const AFTER_LAST_MS = Date.UTC(MODEL_YEARS.last + 1, 0, 1)

/** An ISO 8601 UTC instant as the model writes it, on a day that exists, within MODEL_YEARS. */
export function isModelInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false
  // Read by hand rather than by Date.parse, which accepts "Feb 30" (and is slower).
  const ms = canonicalInstantMs(value)
  return ms !== null && ms >= FIRST_MS && ms < AFTER_LAST_MS
}

const nullOrInstant = (value: string | null) => value === null || isModelInstant(value)
const ordered = (start: string | null, end: string | null) =>
  start === null || end === null || parseInstant(start) <= parseInstant(end)
const minutesOrNull = (value: number | null) =>
  value === null || (Number.isFinite(value) && value >= 0)

/** end − start in minutes, to the millisecond (ISO text keeps no finer time). */
function spanMatches(start: string, end: string | null, minutes: number | null): boolean {
  if (end === null || minutes === null) return end === minutes
  return Math.abs(parseInstant(end) - parseInstant(start) - minutes * MINUTE_MS) < 1
}

/** Each rule every parsed incident must satisfy, made once rather than for every incident. */
const INCIDENT_RULES: readonly (readonly [string, (incident: UncheckedIncident) => boolean])[] = [
  ['has an id', (i) => typeof i.id === 'string' && i.id.length > 0],
  ['has a known kind', (i) => INCIDENT_KINDS.includes(i.kind)],
  ['has a known impact', (i) => IMPACT_LEVELS.includes(i.impact)],
  ['starts at an ISO UTC instant from 1990 to 2100', (i) => isModelInstant(i.start)],
  [
    'ends after it starts, at such an instant',
    (i) => nullOrInstant(i.end) && ordered(i.start, i.end),
  ],
  ['has a non-negative duration', (i) => minutesOrNull(i.durationMinutes)],
  ['has a duration of exactly end − start', (i) => spanMatches(i.start, i.end, i.durationMinutes)],
  ['declares a non-negative duration', (i) => minutesOrNull(i.declaredDurationMinutes)],
  [
    'has a timeline of such instants',
    ({ timeline }) => nullOrInstant(timeline.start) && nullOrInstant(timeline.end),
  ],
  [
    'has a timeline that ends after it starts, with that duration',
    ({ timeline }) =>
      timeline.start === null ||
      (ordered(timeline.start, timeline.end) &&
        spanMatches(timeline.start, timeline.end, timeline.durationMinutes)),
  ],
  [
    'is scheduled at such instants',
    (i) => nullOrInstant(i.scheduledStart) && nullOrInstant(i.scheduledEnd),
  ],
  ['is scheduled to end after it starts', (i) => ordered(i.scheduledStart, i.scheduledEnd)],
  ['has known flags', (i) => i.flags.every((f) => INCIDENT_FLAGS.includes(f))],
  [
    'has text updates dated at such instants',
    (i) => i.updates.every((u) => isModelInstant(u.at) && typeof u.text === 'string'),
  ],
  [
    'lists updates oldest first',
    (i) => i.updates.every((u, k, all) => k === 0 || (all[k - 1]?.at ?? '') <= u.at),
  ],
]

/** What every parsed incident must satisfy, whatever the input; returns the broken rules. */
export function incidentProblems(incident: UncheckedIncident): string[] {
  const problems: string[] = []
  for (const [rule, holds] of INCIDENT_RULES) {
    if (!holds(incident)) problems.push(`${incident.id || '(no id)'}: ${rule}`)
  }
  return problems
}

/** Each bound of a coverage is null or a model instant, and `from` is not after `to`. */
export function coverageProblems(coverage: Coverage): string[] {
  const { from, to } = coverage
  if (!nullOrInstant(from) || !nullOrInstant(to))
    return ['coverage: bounds are ISO UTC instants from 1990 to 2100']
  return ordered(from, to) ? [] : ['coverage: ends after it starts']
}

/** Problems of a whole parse outcome: a typed error, or incidents that keep the invariants. */
export function outcomeProblems(outcome: ParseOutcome): string[] {
  if (!outcome.ok) {
    const { kind, message } = outcome.error
    return PARSE_ERROR_KINDS.includes(kind) && message.length > 0
      ? []
      : [`untyped error ${kind}: ${message}`]
  }
  return [
    ...coverageProblems(outcome.feed.coverage),
    ...outcome.feed.incidents.flatMap(incidentProblems),
  ]
}
