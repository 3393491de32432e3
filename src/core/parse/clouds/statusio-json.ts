import * as z from 'zod/mini'
import type { ImpactLevel } from '../../model'
import { emptyFeedDraft, type IncidentDraft } from '../../normalize/draft'
import { readEach, type FeedAdapter, type SniffedInput } from '../adapter'
import { arrayField, field, isJsonObject, stringField } from '../json'
import { idSchema, lenientList, optionalText, readShape } from './shape'
import { optionalInstant, plainUpdate, requiredInstant, worstImpact } from './updates'

const messageSchema = z.object({
  datetime: z.string(),
  details: z.catch(z.string(), ''),
  state: z.catch(z.nullable(z.number()), null),
  status: z.catch(z.nullable(z.number()), null),
})
const eventSchema = z.object({
  _id: idSchema,
  name: z.string(),
  datetime_open: optionalText,
  datetime_planned_start: optionalText,
  datetime_planned_end: optionalText,
  messages: lenientList,
  components_affected: lenientList,
})
type StatusioEvent = z.output<typeof eventSchema>
type Kind = 'incident' | 'maintenance'

// status.io documents message states for incidents only. A maintenance went 100 → 200 in the
// GitLab sample (formats.md §5) without saying what 200 means, so its codes stay as written:
// reading 200 as "In progress" would move the maintenance's start to whenever it was posted.
const INCIDENT_STATES: Record<number, string> = {
  100: 'Investigating',
  200: 'Identified',
  300: 'Monitoring',
}

/** Status codes: 500 service disruption, 400 partial, 300 degraded, 600 security event. */
function impactFromStatusioCode(code: number | null): ImpactLevel | null {
  switch (code) {
    case 500:
      return 'major_outage'
    case 400:
      return 'partial_outage'
    case 300:
      return 'degraded_performance'
    case 600:
      return 'unknown'
    case 100:
      return 'none'
    default:
      return null
  }
}

function stateLabel(kind: Kind, state: number | null): string {
  if (state === null) return ''
  return (kind === 'incident' ? INCIDENT_STATES[state] : undefined) ?? `State ${state}`
}

function readEvent(raw: unknown, kind: Kind, upcoming: boolean, warnings: string[]): IncidentDraft {
  const event: StatusioEvent = readShape(eventSchema, raw)
  const messages = readEach(
    event.messages,
    (m) => readShape(messageSchema, m),
    warnings,
    `message of status.io ${kind} ${event._id}, number`,
  )
  const what = `status.io ${kind} ${event._id}`
  const scheduledStart = optionalInstant(event.datetime_planned_start, `start of ${what}`, warnings)
  const scheduledEnd = optionalInstant(event.datetime_planned_end, `end of ${what}`, warnings)
  return {
    id: event._id,
    kind,
    title: event.name.trim(),
    url: null,
    components: event.components_affected
      .map((c) => (isJsonObject(c) ? stringField(c, 'name') : null))
      .filter((name) => name !== null),
    impact: worstImpact(messages.map((m) => impactFromStatusioCode(m.status))),
    updates: messages.map((m) =>
      plainUpdate(requiredInstant(m.datetime, 'datetime'), stateLabel(kind, m.state), m.details),
    ),
    declaredStart:
      kind === 'incident'
        ? optionalInstant(event.datetime_open, `open of ${what}`, warnings)
        : null,
    scheduledStart: kind === 'maintenance' ? scheduledStart : null,
    scheduledEnd: kind === 'maintenance' ? scheduledEnd : null,
    flags: upcoming ? ['upcoming'] : [],
  }
}

function resultOf(input: SniffedInput): unknown {
  return input.kind === 'json' ? field(input.value, 'result') : undefined
}

/** status.io public status API (formats.md §5): current incidents and maintenances only. */
export const statusioJsonAdapter: FeedAdapter = {
  format: 'statusio-json',
  canParse: (input) => {
    const result = resultOf(input)
    return (
      isJsonObject(field(result, 'status_overall')) && Array.isArray(field(result, 'incidents'))
    )
  },
  parse(input) {
    const draft = emptyFeedDraft()
    const result = resultOf(input)
    const { warnings } = draft
    draft.components = arrayField(result, 'status')
      .map((component) => stringField(component, 'name'))
      .filter((name) => name !== null)
    const maintenance = field(result, 'maintenance')
    const lists: [unknown[], Kind, boolean][] = [
      [arrayField(result, 'incidents'), 'incident', false],
      [arrayField(maintenance, 'active'), 'maintenance', false],
      [arrayField(maintenance, 'upcoming'), 'maintenance', true],
    ]
    draft.items = lists.flatMap(([list, kind, upcoming]) =>
      readEach(
        list,
        (raw) => readEvent(raw, kind, upcoming, warnings),
        warnings,
        `status.io ${kind}`,
      ),
    )
    // Only the current state is published: the feed speaks for the moment it was updated.
    const updated = optionalInstant(
      stringField(field(result, 'status_overall'), 'updated'),
      'status_overall.updated',
      warnings,
    )
    draft.coverage = updated ? { from: updated, to: updated } : null
    return draft
  },
}
