import type { IncidentFlag } from '../model'

/** Short labels for the flags, the same in the incident table and the printed report. */
export const FLAG_LABELS: Record<IncidentFlag, string> = {
  duration_discrepancy: 'Duration discrepancy',
  no_resolution: 'No resolving update',
  resolved_only: 'Backfilled',
  upcoming: 'Upcoming',
  timezone_assumed: 'Time zone assumed',
  merged_duplicate: 'Merged duplicate',
  duration_unknown: 'Duration unknown',
  window_from_text: 'Window from text',
  invalid_end: 'Invalid end dropped',
}
