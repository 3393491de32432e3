import type { Incident, IncidentFlag } from '../../../core/model'
import { FLAG_LABELS } from '../../../core/report/flag-labels'

/** What each flag means for the figures, in words a reader can repeat. */
export const FLAG_EXPLANATIONS: Record<IncidentFlag, string> = {
  duration_discrepancy:
    'The duration the vendor declared and the one its published updates show differ by more than 50 % and more than 30 minutes.',
  no_resolution:
    'The source says this is over, but no update resolves it; the end comes from the source, not from an update.',
  resolved_only:
    'Only a resolving update was published, so start and end are the same moment (backfilled after the fact).',
  upcoming: 'A scheduled maintenance that has not started yet.',
  timezone_assumed:
    "An update's time carried an unknown zone word; the item's own offset was used instead.",
  merged_duplicate: 'Identical items published under several ids were merged into this one.',
  duration_unknown: 'The source gives one date per item, so this counts as zero minutes.',
  window_from_text:
    'Published after the fact with a single update: start and end are the window its words state (inferred).',
  invalid_end:
    'The source gave an end before the start; that end was dropped, so the end comes from the updates or the incident counts as open.',
}

/** Open now: started, not ended, not a future maintenance. */
export function isOngoing(incident: Incident, nowMs: number): boolean {
  return incident.end === null && Date.parse(incident.start) <= nowMs
}

/** "Ongoing" for live data; "Open on <date>" when the data is a capture that ends earlier. */
export function openLabel(capturedAt: string | null): string {
  return capturedAt ? `Open on ${capturedAt.slice(0, 10)}` : 'Ongoing'
}

/** The flags a row shows: the incident's own, with its open state first when it is still open. */
export function rowFlagLabels(
  incident: Incident,
  nowMs: number,
  capturedAt: string | null = null,
): string[] {
  const labels = incident.flags.map((flag) => FLAG_LABELS[flag])
  return isOngoing(incident, nowMs) ? [openLabel(capturedAt), ...labels] : labels
}
