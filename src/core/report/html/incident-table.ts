import type { IncidentFlag } from '../../model'
import { formatDuration, formatUtcMinute } from '../format-duration'
import { FLAG_LABELS } from '../flag-labels'
import type { ReportIncident } from '../report-model'
import type { ReportTable } from './document-model'

/** A printed list stays printable; the CSV and JSON exports carry every incident. */
export const INCIDENT_ROWS_MAX = 500

/** What each flag means, said once under the list for the flags it shows. */
export const FLAG_MEANINGS: Record<IncidentFlag, string> = {
  duration_discrepancy:
    'the declared duration and the published updates differ by more than 50 % and 30 min; the declared one is listed',
  no_resolution: 'the source says it is over but published no resolving update',
  resolved_only: 'a single resolving update, so start and end are the same moment',
  upcoming: 'a maintenance that has not started yet',
  timezone_assumed: "an update's time zone word was unknown; the item's own offset was used",
  merged_duplicate: 'identical items under several ids were merged into one',
  duration_unknown: 'the source gives one date per item, so it counts as zero minutes',
  window_from_text:
    'published after the fact with a single update; start and end are the window its words state',
  invalid_end:
    'the source gave an end before the start; that end was dropped, so the end comes from the updates or the incident counts as open',
}

/** "Duration discrepancy: …; Backfilled: …" for the flags present, or null. */
export function flagsNote(incidents: readonly ReportIncident[]): string | null {
  const present = new Set(incidents.flatMap((i) => i.flags))
  const flags = (Object.keys(FLAG_LABELS) as IncidentFlag[]).filter((f) => present.has(f))
  if (flags.length === 0) return null
  return flags.map((f) => `${FLAG_LABELS[f]}: ${FLAG_MEANINGS[f]}.`).join(' ')
}

const IMPACT_WORDS = {
  major_outage: 'Major outage',
  partial_outage: 'Partial outage',
  degraded_performance: 'Degraded',
  unknown: 'Unknown',
  none: 'No impact',
} as const

export function impactText(incident: ReportIncident): string {
  if (incident.kind === 'maintenance') return 'Maintenance'
  const words = IMPACT_WORDS[incident.impact]
  return incident.impactInferred ? `${words} (inferred)` : words
}

export function componentsText(incident: ReportIncident): string {
  const names = incident.components.join(', ') || 'Whole vendor'
  return incident.componentsInferred ? `${names} (inferred)` : names
}

/** Every listed incident, oldest first, with its duration, impact and flags. */
export function buildIncidentTable(incidents: readonly ReportIncident[]): ReportTable {
  // Plain comparison: ISO strings sort by time, and 10,000 localeCompare calls are slow.
  const sorted = [...incidents].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
  const shown = sorted.slice(0, INCIDENT_ROWS_MAX)
  const count = `${incidents.length} item${incidents.length === 1 ? '' : 's'}`
  return {
    caption: `Incidents and maintenance in the period (${count})`,
    head: ['Start (UTC)', 'Duration', 'Impact', 'Title', 'Components', 'Flags'],
    numeric: [false, true, false, false, false, false],
    toneColumn: null,
    className: 'vr-incidents',
    rows: shown.map((i) => ({
      cells: [
        formatUtcMinute(i.start),
        formatDuration(i.durationMinutes),
        impactText(i),
        i.title,
        componentsText(i),
        i.flags.map((flag) => FLAG_LABELS[flag]).join('; '),
      ],
      ...(i.kind === 'maintenance' ? { tone: 'muted' as const } : {}),
    })),
    note:
      incidents.length === 0
        ? 'No incident or maintenance overlaps the period.'
        : sorted.length > shown.length
          ? `The first ${shown.length} of ${sorted.length} are listed (oldest first); the incidents CSV and the JSON export hold them all.`
          : null,
  }
}
