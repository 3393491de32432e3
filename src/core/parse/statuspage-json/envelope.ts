import { arrayField, field, isJsonObject } from '../json'
import { pageSchema, type Page } from './schemas'

/**
 * Which endpoint a document came from, read from its keys: summary.json (open incidents and
 * the component list: a snapshot of now), incidents.json / scheduled-maintenances.json (a list),
 * incidents/<code>.json, components.json, or a /history.json page.
 */
export type EnvelopeKind = 'summary' | 'list' | 'incident' | 'components' | 'history'

export interface Envelope {
  kind: EnvelopeKind
  page: Page
  components: unknown[]
  incidents: unknown[]
  maintenances: unknown[]
  months: unknown[]
}

const EMPTY_PAGE: Page = { id: null, name: null, url: null, time_zone: null, updated_at: null }

function readPage(value: unknown): Page | null {
  if (!isJsonObject(value)) return null
  const page = pageSchema.safeParse(value)
  if (!page.success || !(page.data.id || page.data.name || page.data.url)) return null
  return page.data
}

function isHistoryMonth(value: unknown): boolean {
  return Array.isArray(field(value, 'incidents')) && field(value, 'year') !== undefined
}

function kindOf(value: unknown, hasPage: boolean): EnvelopeKind | null {
  const has = (name: string) => Array.isArray(field(value, name))
  const months = arrayField(value, 'months')
  if (has('months') && (hasPage || has('components') || months.some(isHistoryMonth)))
    return 'history'
  if (!hasPage) return null
  if (isJsonObject(field(value, 'incident'))) return 'incident'
  const listsIncidents = has('incidents') || has('scheduled_maintenances')
  const snapshot = has('components') || isJsonObject(field(value, 'status'))
  if (listsIncidents) return snapshot ? 'summary' : 'list'
  return has('components') ? 'components' : null
}

/** The Statuspage-shaped envelope of a JSON document, or null when it is not one. */
export function readEnvelope(value: unknown): Envelope | null {
  if (!isJsonObject(value)) return null
  const page =
    readPage(field(value, 'page')) ?? readPage(field(field(value, 'page_status'), 'page'))
  const kind = kindOf(value, page !== null)
  if (!kind) return null
  const single = field(value, 'incident')
  return {
    kind,
    page: page ?? EMPTY_PAGE,
    components: arrayField(value, 'components'),
    incidents: kind === 'incident' ? [single] : arrayField(value, 'incidents'),
    maintenances: arrayField(value, 'scheduled_maintenances'),
    months: arrayField(value, 'months'),
  }
}

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/i

/**
 * incident.io's Statuspage-compatible JSON, told apart by content: 26-character ULID ids, or a
 * page without `time_zone` whose incidents carry neither `shortlink` nor `started_at`.
 */
export function isIncidentIo(envelope: Envelope): boolean {
  if (envelope.kind === 'history') return false
  const items = [...envelope.incidents, ...envelope.maintenances]
  const ids = [envelope.page.id, ...[...items, ...envelope.components].map((i) => field(i, 'id'))]
  if (ids.some((id) => typeof id === 'string' && ULID.test(id))) return true
  return (
    !envelope.page.time_zone &&
    items.length > 0 &&
    items.every((i) => !field(i, 'shortlink') && field(i, 'started_at') === undefined)
  )
}

/** A page or shortlink address, only when it is http(s); anything else is dropped. */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    const url = new URL(value.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? value.trim() : null
  } catch {
    return null
  }
}

/** `https://status.example.com` or `https://status.openai.com/` + `incidents/<id>`. */
export function incidentUrl(pageUrl: string | null, id: string): string | null {
  return pageUrl ? `${pageUrl.replace(/\/+$/, '')}/incidents/${encodeURIComponent(id)}` : null
}
