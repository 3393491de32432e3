import * as z from 'zod/mini'
import type { ImpactLevel } from '../../model'
import { emptyFeedDraft, type IncidentDraft } from '../../normalize/draft'
import { parseInstantMs, toIsoUtc } from '../../time/instants'
import { readEach, type FeedAdapter, type SniffedInput } from '../adapter'
import { isJsonObject } from '../json'
import { lenientList, listOrEmpty, optionalText, readShape, textOrNull, trimmedText } from './shape'
import { markdownUpdate, optionalInstant, requiredInstant, webLink } from './updates'

const GCP_STATUS_PAGE = 'https://status.cloud.google.com/'
// formats.md §7.1: 81 of 157 incidents name this instead of a product.
const MULTIPLE_PRODUCTS = 'Multiple Products'

export const incidentSchema = z.object({
  id: z.string().check(z.trim(), z.minLength(1)),
  external_desc: z.string(),
  begin: z.string(),
  end: optionalText,
  modified: optionalText,
  status_impact: optionalText,
  severity: optionalText,
  service_name: optionalText,
  affected_products: lenientList,
  uri: optionalText,
  updates: lenientList,
})
type GcpIncident = z.output<typeof incidentSchema>

/** incidentSchema's reading, by hand for the plain shape; the schema reads and words any other. */
export function readGcpIncident(raw: unknown): GcpIncident {
  const id = isJsonObject(raw) ? trimmedText(raw.id) : null
  if (!isJsonObject(raw) || id === null) return readShape(incidentSchema, raw)
  const { external_desc, begin } = raw
  if (typeof external_desc !== 'string' || typeof begin !== 'string')
    return readShape(incidentSchema, raw)
  return {
    id,
    external_desc,
    begin,
    end: textOrNull(raw.end),
    modified: textOrNull(raw.modified),
    status_impact: textOrNull(raw.status_impact),
    severity: textOrNull(raw.severity),
    service_name: textOrNull(raw.service_name),
    affected_products: listOrEmpty(raw.affected_products),
    uri: textOrNull(raw.uri),
    updates: listOrEmpty(raw.updates),
  }
}

const updateSchema = z.object({
  when: z.string(),
  status: z.catch(z.string(), ''),
  text: z.catch(z.string(), ''),
})
type GcpUpdate = z.output<typeof updateSchema>

const textOr = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback)

/** updateSchema's reading, by hand for the plain shape (770 updates a year); the schema words any other. */
function readUpdate(raw: unknown): GcpUpdate {
  if (!isJsonObject(raw) || typeof raw.when !== 'string') return readShape(updateSchema, raw)
  return { when: raw.when, status: textOr(raw.status, ''), text: textOr(raw.text, '') }
}

/**
 * GCP's own impact field; severity (low/medium/high) only when it is missing. SERVICE_INFORMATION
 * comes with severity "low" on real slowdowns ("Lower throughput", "Elevated packet loss"), so it
 * reads as degraded performance, not as no impact.
 */
function impactFromGcp(statusImpact: string | null, severity: string | null): ImpactLevel | null {
  switch (statusImpact) {
    case 'SERVICE_OUTAGE':
      return 'major_outage'
    case 'SERVICE_DISRUPTION':
      return 'partial_outage'
    case 'SERVICE_INFORMATION':
      return 'degraded_performance'
  }
  switch (severity) {
    case 'high':
      return 'major_outage'
    case 'medium':
      return 'partial_outage'
    case 'low':
      return 'degraded_performance'
    default:
      return null
  }
}

function productNames(incident: GcpIncident): string[] {
  const titles = incident.affected_products
    .map((product) => (isJsonObject(product) ? product.title : null))
    .filter((title): title is string => typeof title === 'string' && title.trim() !== '')
  if (titles.length > 0) return titles
  const service = incident.service_name?.trim()
  return service && service !== MULTIPLE_PRODUCTS ? [service] : []
}

function readIncident(incident: GcpIncident, warnings: string[]): IncidentDraft {
  const declaredStart = requiredInstant(incident.begin, 'begin')
  const declaredEnd = optionalInstant(incident.end, `end of GCP incident ${incident.id}`, warnings)
  const updates = readEach(
    incident.updates,
    (raw) => {
      const update = readUpdate(raw)
      return markdownUpdate(requiredInstant(update.when, 'when'), update.status, update.text)
    },
    warnings,
    `update of GCP incident ${incident.id}, number`,
  )
  return {
    id: incident.id,
    kind: 'incident',
    title: incident.external_desc.trim(),
    url: webLink(incident.uri ?? `incidents/${incident.id}`, GCP_STATUS_PAGE),
    components: productNames(incident),
    impact: impactFromGcp(incident.status_impact, incident.severity),
    updates,
    declaredStart,
    declaredEnd,
    closed: declaredEnd !== null,
  }
}

function looksLikeGcpIncident(value: unknown): boolean {
  return (
    isJsonObject(value) &&
    typeof value.external_desc === 'string' &&
    typeof value.begin === 'string' &&
    (Array.isArray(value.affected_products) || typeof value.service_name === 'string')
  )
}

/** Google Cloud `incidents.json` (formats.md §7.1): a root array, updates newest first. */
export const gcpJsonAdapter: FeedAdapter = {
  format: 'gcp-json',
  canParse: (input: SniffedInput) =>
    input.kind === 'json' &&
    Array.isArray(input.value) &&
    input.value.slice(0, 10).some(looksLikeGcpIncident),
  parse(input) {
    const draft = emptyFeedDraft()
    draft.vendor = 'Google Cloud'
    draft.pageUrl = GCP_STATUS_PAGE
    if (input.kind !== 'json' || !Array.isArray(input.value)) return draft
    const incidents: GcpIncident[] = []
    draft.items = readEach(
      input.value,
      (raw) => {
        const incident = readGcpIncident(raw)
        const item = readIncident(incident, draft.warnings)
        incidents.push(incident)
        return item
      },
      draft.warnings,
      'GCP incident',
    )
    draft.coverage = coverageOf(incidents)
    return draft
  },
}

/** From the earliest `begin` to the latest `modified`: the span this export speaks for. */
function coverageOf(incidents: readonly GcpIncident[]) {
  const begins = incidents.map((i) => parseInstantMs(i.begin)).filter((ms) => ms !== null)
  const latest = incidents
    .flatMap((i) => [i.modified, i.end, i.begin])
    .map((text) => parseInstantMs(text))
    .filter((ms) => ms !== null)
  if (begins.length === 0 || latest.length === 0) return null
  return { from: toIsoUtc(Math.min(...begins)), to: toIsoUtc(Math.max(...latest)) }
}
