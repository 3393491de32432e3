import { toCsv } from './csv'
import type { Report } from './report-model'

export const INCIDENT_CSV_HEADER = [
  'vendor',
  'id',
  'kind',
  'title',
  'impact',
  'impact_inferred',
  'start',
  'end',
  'duration_minutes',
  'declared_duration_minutes',
  'components',
  'components_inferred',
  'flags',
  'url',
  'update_count',
] as const

/** One row per incident, ISO 8601 UTC times, components and flags joined with "; ". */
export function formatIncidentsCsv(report: Report): string {
  const rows = report.vendors.flatMap((vendor) =>
    vendor.incidents.map((i) => [
      vendor.name,
      i.id,
      i.kind,
      i.title,
      i.impact,
      i.impactInferred,
      i.start,
      i.end,
      i.durationMinutes,
      i.declaredDurationMinutes,
      i.components.join('; '),
      i.componentsInferred,
      i.flags.join('; '),
      i.url,
      i.updates.length,
    ]),
  )
  return toCsv(INCIDENT_CSV_HEADER, rows)
}

export const UPDATE_CSV_HEADER = [
  'vendor',
  'incident_id',
  'incident_title',
  'at',
  'status',
  'text',
] as const

/** One row per update of every incident, oldest first within an incident. */
export function formatUpdatesCsv(report: Report): string {
  const rows = report.vendors.flatMap((vendor) =>
    vendor.incidents.flatMap((i) =>
      i.updates.map((u) => [vendor.name, i.id, i.title, u.at, u.status, u.text]),
    ),
  )
  return toCsv(UPDATE_CSV_HEADER, rows)
}
