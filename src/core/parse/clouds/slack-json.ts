import * as z from 'zod/mini'
import type { ImpactLevel, IncidentKind } from '../../model'
import { emptyFeedDraft, type IncidentDraft } from '../../normalize/draft'
import { readEach, type FeedAdapter, type SniffedInput } from '../adapter'
import { field, isJsonObject, stringField } from '../json'
import { idSchema, lenientList, optionalText, readShape } from './shape'
import { optionalInstant, plainUpdate, requiredInstant, webLink } from './updates'

const noteSchema = z.object({ date_created: z.string(), body: z.catch(z.string(), '') })
const incidentSchema = z.object({
  id: idSchema,
  title: z.string(),
  type: optionalText,
  status: optionalText,
  url: optionalText,
  date_created: optionalText,
  services: lenientList,
  notes: lenientList,
})

// Slack documents no status per note: the label stays empty rather than invented.
const UNLABELLED = ''
// A maintenance is marked by its status; Slack has no maintenance type (formats.md §7.4).
const MAINTENANCE_STATUSES = new Set(['scheduled', 'completed', 'cancelled'])
const CLOSED_STATUSES = new Set(['resolved', 'completed'])

/**
 * Slack's incident `type`: an outage is down for most, an incident affects some users or features;
 * a notice is Slack's minor level and accompanies real slowdowns, so it reads as degraded.
 */
function impactFromSlackType(type: string | null): ImpactLevel | null {
  switch (type?.trim().toLowerCase()) {
    case 'outage':
      return 'major_outage'
    case 'incident':
      return 'partial_outage'
    case 'notice':
      return 'degraded_performance'
    default:
      return null
  }
}

function readIncident(raw: unknown, warnings: string[]): IncidentDraft | null {
  const incident = readShape(incidentSchema, raw)
  const status = incident.status?.trim().toLowerCase() ?? ''
  if (status === 'cancelled') {
    warnings.push(`Left out Slack event ${incident.id} "${incident.title}": it was cancelled.`)
    return null
  }
  const kind: IncidentKind = MAINTENANCE_STATUSES.has(status) ? 'maintenance' : 'incident'
  const updates = readEach(
    incident.notes,
    (note) => {
      const { date_created, body } = readShape(noteSchema, note)
      return plainUpdate(requiredInstant(date_created, 'date_created'), UNLABELLED, body)
    },
    warnings,
    `note of Slack event ${incident.id}, number`,
  )
  const created = `start of Slack event ${incident.id}`
  return {
    id: incident.id,
    kind,
    title: incident.title.trim(),
    url: webLink(incident.url),
    components: incident.services.filter((s): s is string => typeof s === 'string'),
    impact: impactFromSlackType(incident.type),
    updates,
    // Slack's date_created is the incident's stated start (the docs' example note says so).
    declaredStart:
      kind === 'incident' ? optionalInstant(incident.date_created, created, warnings) : null,
    closed: CLOSED_STATUSES.has(status),
    flags: status === 'scheduled' ? ['upcoming'] : [],
  }
}

function looksLikeSlackIncident(value: unknown): boolean {
  return (
    isJsonObject(value) &&
    typeof value.title === 'string' &&
    typeof value.type === 'string' &&
    Array.isArray(value.notes) &&
    Array.isArray(value.services)
  )
}

function isCurrentStatus(value: unknown): boolean {
  return (
    typeof field(value, 'status') === 'string' && Array.isArray(field(value, 'active_incidents'))
  )
}

/** Slack `api/v2.0.0/current` (`{status, active_incidents}`) and `history` (a bare array). */
export const slackJsonAdapter: FeedAdapter = {
  format: 'slack-json',
  canParse: (input: SniffedInput) =>
    input.kind === 'json' &&
    (isCurrentStatus(input.value) ||
      (Array.isArray(input.value) && input.value.slice(0, 10).some(looksLikeSlackIncident))),
  parse(input) {
    const draft = emptyFeedDraft()
    draft.vendor = 'Slack'
    if (input.kind !== 'json') return draft
    const current = isCurrentStatus(input.value)
    const list = current ? field(input.value, 'active_incidents') : input.value
    const events = Array.isArray(list) ? list : []
    draft.items = readEach(
      events,
      (raw) => readIncident(raw, draft.warnings),
      draft.warnings,
      'Slack event',
    )
    if (current) {
      // Only active events are listed: the feed speaks for the moment it was updated.
      const updated = stringField(input.value, 'date_updated')
      const at = optionalInstant(updated, 'date_updated', draft.warnings)
      draft.coverage = at ? { from: at, to: at } : null
    }
    return draft
  },
}
