import { formatMinutes } from '../stats/index'

/** "1 h 22 min", "16 min"; "ongoing" while open — for people, not scripts. */
export function formatDuration(minutes: number | null): string {
  return minutes === null ? 'ongoing' : formatMinutes(minutes)
}

/** "2026-03-02 10:00" in UTC. */
export function formatUtcMinute(iso: string | null): string {
  return iso ? iso.slice(0, 16).replace('T', ' ') : '—'
}
