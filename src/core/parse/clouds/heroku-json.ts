import * as z from 'zod/mini'
import type { ImpactLevel, IncidentKind, IncidentUpdate } from '../../model'
import { emptyFeedDraft, type IncidentDraft } from '../../normalize/draft'
import { readEach, type FeedAdapter, type SniffedInput } from '../adapter'
import { arrayField, field, isJsonObject, stringField } from '../json'
import { idSchema, lenientList, optionalText, readShape } from './shape'
import { optionalInstant, plainUpdate, requiredInstant, webLink, worstImpact } from './updates'

const updateSchema = z.object({
  created_at: z.string(),
  contents: z.catch(z.string(), ''),
  update_type: optionalText,
  status_dev: optionalText,
  status_prod: optionalText,
})
type Coloured = Pick<z.output<typeof updateSchema>, 'status_dev' | 'status_prod'>

const eventSchema = z.object({
  id: idSchema,
  title: z.string(),
  full_url: optionalText,
  resolved: z.catch(z.boolean(), false),
  resolved_at: optionalText,
  upcoming: z.catch(z.boolean(), false),
  status_dev: optionalText,
  status_prod: optionalText,
  updates: lenientList,
})

/**
 * Heroku's update types as labels. A `maintenance` update is the work under way ("The scheduled
 * service update is now underway"), so it reads as "In progress"; the rest keep their word.
 */
function herokuStatusLabel(updateType: string | null): string {
  const type = updateType?.trim().toLowerCase() ?? ''
  if (type === 'maintenance') return 'In progress'
  return type ? type.charAt(0).toUpperCase() + type.slice(1) : ''
}

/** Heroku's colours: red is an outage; yellow, the only other trouble colour, a partial one. */
function impactFromHerokuColour(colour: string | null): ImpactLevel | null {
  switch (colour?.trim().toLowerCase()) {
    case 'red':
      return 'major_outage'
    case 'yellow':
      return 'partial_outage'
    case 'green':
      return 'none'
    default:
      return null // blue is maintenance, which carries no impact level
  }
}

const TROUBLE = new Set(['yellow', 'red', 'blue'])

/** The environments an event coloured: `status_prod` is Production, `status_dev` Development. */
function environments(updates: readonly Coloured[]): string[] {
  const touched = (colours: (string | null)[]) =>
    colours.some((c) => TROUBLE.has(c?.trim().toLowerCase() ?? ''))
  return [
    ...(touched(updates.map((u) => u.status_prod)) ? ['Production'] : []),
    ...(touched(updates.map((u) => u.status_dev)) ? ['Development'] : []),
  ]
}

function readEvent(raw: unknown, kind: IncidentKind, warnings: string[]): IncidentDraft {
  const event = readShape(eventSchema, raw)
  const what = `Heroku ${kind} ${event.id}`
  const updates = readEach(
    event.updates,
    (u) => readShape(updateSchema, u),
    warnings,
    `update of ${what}, number`,
  )
  // The updates' colours tell the story; the event's own pair only when it has no updates.
  const coloured: Coloured[] = updates.length > 0 ? updates : [event]
  const colours = coloured.flatMap((u) => [u.status_prod, u.status_dev])
  return {
    id: event.id,
    kind,
    title: event.title.trim(),
    url: webLink(event.full_url),
    components: environments(coloured),
    impact: worstImpact(colours.map(impactFromHerokuColour)),
    updates: updates.map((u): IncidentUpdate =>
      plainUpdate(
        requiredInstant(u.created_at, 'created_at'),
        herokuStatusLabel(u.update_type),
        u.contents,
      ),
    ),
    declaredEnd: optionalInstant(event.resolved_at, `resolved_at of ${what}`, warnings),
    closed: event.resolved,
    flags: kind === 'maintenance' && event.upcoming ? ['upcoming'] : [],
  }
}

function isHerokuStatus(value: unknown): boolean {
  const systems = field(value, 'status')
  return (
    Array.isArray(systems) &&
    systems.every((s) => isJsonObject(s) && typeof s.system === 'string') &&
    Array.isArray(field(value, 'incidents')) &&
    Array.isArray(field(value, 'scheduled'))
  )
}

/** Heroku `api/v4/current-status` (formats.md §7.5): `incidents[]` and `scheduled[]`. */
export const herokuJsonAdapter: FeedAdapter = {
  format: 'heroku-json',
  canParse: (input: SniffedInput) => input.kind === 'json' && isHerokuStatus(input.value),
  parse(input) {
    const draft = emptyFeedDraft()
    draft.vendor = 'Heroku'
    if (input.kind !== 'json') return draft
    const { warnings } = draft
    draft.components = arrayField(input.value, 'status')
      .map((s) => stringField(s, 'system'))
      .filter((name) => name !== null)
    const lists: [unknown[], IncidentKind][] = [
      [arrayField(input.value, 'incidents'), 'incident'],
      // scheduled[] keeps finished maintenances ("resolved": true): still real maintenances.
      [arrayField(input.value, 'scheduled'), 'maintenance'],
    ]
    draft.items = lists.flatMap(([list, kind]) =>
      readEach(list, (raw) => readEvent(raw, kind, warnings), warnings, `Heroku ${kind}`),
    )
    return draft
  },
}
