/** "1 h 22 min", "16 min", "45 s", "3 d 2 h" — for people, not scripts. */
export function formatDuration(minutes: number | null): string {
  if (minutes === null) return 'ongoing'
  if (minutes < 1) return `${Math.round(minutes * 60)} s`
  const total = Math.round(minutes)
  const days = Math.floor(total / 1440)
  const hours = Math.floor((total % 1440) / 60)
  const mins = total % 60
  if (days > 0) return `${days} d ${hours} h`
  if (hours > 0) return `${hours} h ${mins} min`
  return `${mins} min`
}

/** "2026-03-02 10:00" in UTC. */
export function formatUtcMinute(iso: string | null): string {
  return iso ? iso.slice(0, 16).replace('T', ' ') : '—'
}
