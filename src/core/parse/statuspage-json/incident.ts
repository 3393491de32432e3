import type { IncidentFlag } from '../../model'
import type { IncidentDraft } from '../../normalize/draft'
import { impactFromStatuspage } from '../../normalize/impact'
import { MINUTE_MS, parseDated, toIsoUtc } from '../../time/instants'
import { readEach } from '../adapter'
import { isGroup, readComponents, withNames, type ComponentNames } from './components'
import { httpUrl, incidentUrl } from './envelope'
import { readRawIncident } from './plain-shapes'
import type { RawIncident } from './schemas'
import { readUpdate, type ReadUpdate } from './updates'
import { parseInstant } from '../../time/parse-instant'

export interface IncidentContext {
  flavor: 'statuspage' | 'incidentio'
  pageUrl: string | null
  names: ComponentNames
  /** Listed under `scheduled_maintenances`. */
  listedAsMaintenance: boolean
  warnings: string[]
}

const CLOSED = new Set(['resolved', 'postmortem', 'completed'])
const MAINTENANCE_STATUSES = new Set(['scheduled', 'in_progress', 'verifying', 'completed'])

const iso = (text: string | null | undefined) => {
  const dated = parseDated(text)
  return dated ? toIsoUtc(dated.ms) : null
}

function isMaintenance(incident: RawIncident, ctx: IncidentContext): boolean {
  return (
    ctx.listedAsMaintenance ||
    incident.impact === 'maintenance' ||
    Boolean(incident.scheduled_for) ||
    MAINTENANCE_STATUSES.has(incident.status ?? '')
  )
}

/** `incident.components` (current names) when given, else every component the updates name. */
function componentNames(own: string[], updates: readonly ReadUpdate[]): string[] {
  if (own.length > 0) return own
  const oldestFirst = [...updates].sort(
    (a, b) => parseInstant(a.update.at) - parseInstant(b.update.at),
  )
  return [...new Set(oldestFirst.flatMap((u) => u.affected.map((a) => a.name)))]
}

/**
 * Declared start and end: `started_at` (Statuspage: else `created_at`; incident.io declares
 * none, its `created_at` is the first update) and `resolved_at`. An imported
 * incident declares a zero-length window at the import date while its updates are displayed at
 * the real time (GitHub before 2019); that window is dropped so the updates decide.
 */
function declaredWindow(
  incident: RawIncident,
  updates: readonly ReadUpdate[],
  ctx: IncidentContext,
) {
  const created = ctx.flavor === 'statuspage' ? incident.created_at : null
  const start = parseDated(incident.started_at) ?? parseDated(created)
  const end = parseDated(incident.resolved_at)
  const imported =
    start && end && Math.abs(end.ms - start.ms) < MINUTE_MS && updates.some((u) => u.backdated)
  if (imported) return { declaredStart: null, declaredEnd: null }
  return {
    declaredStart: start ? toIsoUtc(start.ms) : null,
    declaredEnd: end ? toIsoUtc(end.ms) : null,
  }
}

/** One Statuspage or incident.io incident or maintenance, as a draft for the shared rules. */
export function readIncident(raw: unknown, ctx: IncidentContext): IncidentDraft {
  const incident = readRawIncident(raw)
  const title = incident.name.trim()
  const own = readComponents(incident.components ?? [])
  const names = withNames(ctx.names, own)
  const updates = readEach(
    incident.incident_updates ?? [],
    (u) => readUpdate(u, names, ctx.flavor === 'incidentio'),
    ctx.warnings,
    `"${title}" update`,
  )
  const maintenance = isMaintenance(incident, ctx)
  const ownLeaves = own.filter((c) => !isGroup(c)).map((c) => names.get(c.id) ?? c.name)
  const flags: IncidentFlag[] = maintenance && incident.status === 'scheduled' ? ['upcoming'] : []
  const declared = maintenance ? null : declaredWindow(incident, updates, ctx)
  return {
    id: incident.id,
    kind: maintenance ? 'maintenance' : 'incident',
    title,
    url: incidentUrl(ctx.pageUrl, incident.id) ?? httpUrl(incident.shortlink),
    components: componentNames(ownLeaves, updates),
    // An incident's `components` list is stated even when empty; history.json items have none.
    componentsStated: Array.isArray(incident.components),
    impact: maintenance ? null : impactFromStatuspage(incident.impact),
    updates: updates.map((u) => u.update),
    // A maintenance's started_at is when the notice was posted (Claude: 31 h before the window),
    // so its declared figures are the scheduled window, applied by finalize.
    declaredStart: declared?.declaredStart,
    declaredEnd: declared?.declaredEnd,
    scheduledStart: iso(incident.scheduled_for),
    scheduledEnd: iso(incident.scheduled_until),
    closed: CLOSED.has(incident.status ?? ''),
    flags,
  }
}
