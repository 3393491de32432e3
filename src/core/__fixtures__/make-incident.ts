import type { UncheckedIncident } from '../incident-end'
import type { ComponentChange, Incident, IncidentUpdate } from '../model'

let nextId = 1

function minutesBetween(start: string, end: string | null): number | null {
  return end === null ? null : (Date.parse(end) - Date.parse(start)) / 60_000
}

/** A resolved one-hour major outage on `API`; declared and timeline figures agree unless overridden. */
export function makeIncident(overrides: Partial<UncheckedIncident> = {}): Incident {
  const start = overrides.start ?? '2025-01-10T10:00:00.000Z'
  const end = overrides.end === undefined ? '2025-01-10T11:00:00.000Z' : overrides.end
  const durationMinutes = minutesBetween(start, end)
  const id = `incident-${nextId}`
  nextId += 1
  const incident: UncheckedIncident = {
    id,
    aliases: [],
    vendor: 'acme',
    kind: 'incident',
    title: `Incident ${id}`,
    url: null,
    components: ['API'],
    componentsInferred: false,
    impact: 'major_outage',
    impactInferred: false,
    start,
    end,
    durationMinutes,
    declaredDurationMinutes: durationMinutes,
    timeline: { start, end, durationMinutes },
    scheduledStart: null,
    scheduledEnd: null,
    updates: [],
    flags: [],
    format: 'statuspage-json',
    ...overrides,
  }
  // Tests may pair an end with any duration on purpose, to exercise the checks that catch it.
  return incident as Incident
}

/** A maintenance window (impact `none`) on `API` unless overridden. */
export function makeMaintenance(overrides: Partial<UncheckedIncident> = {}): Incident {
  return makeIncident({ kind: 'maintenance', impact: 'none', title: 'Maintenance', ...overrides })
}

export function makeUpdate(at: string, componentChanges?: ComponentChange[]): IncidentUpdate {
  return { at, status: 'Update', text: '', body: '', bodyFormat: 'text', componentChanges }
}
