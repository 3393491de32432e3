import { formatMinutes } from '../../../core/stats/index'
import type { IncidentRow } from '../model/incident-rows'

/** The grid both the header and the rows of the wide table share. */
export const WIDE_COLUMNS =
  'grid grid-cols-[7rem_8.5rem_6rem_6rem_11.5rem_minmax(0,1fr)_9rem] gap-x-3 px-3'

/** "49 min", "ongoing" for an open incident, "upcoming" for a future maintenance. */
export function durationText(row: IncidentRow, nowMs: number): string {
  if (row.endMs !== null || row.durationMinutes !== null) return formatMinutes(row.durationMinutes)
  if (row.startMs > nowMs) return 'upcoming'
  return row.capturedAt ? 'open at capture' : 'ongoing'
}
