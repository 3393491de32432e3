import { DAY_MS, MINUTE_MS } from '../../../core/time/instants'

const pad = (n: number) => String(n).padStart(2, '0')

/** `2025-04-30 14:09` in UTC. */
export function formatUtc(ms: number): string {
  const d = new Date(ms)
  return `${d.toISOString().slice(0, 10)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

/** `2025-04-30 14:09–15:41 UTC`, the date repeated only when the span crosses midnight. */
export function formatUtcSpan(start: number, end: number | null): string {
  if (end === null) return `${formatUtc(start)} UTC – ongoing`
  const [from, to] = [formatUtc(start), formatUtc(end)]
  return from.slice(0, 10) === to.slice(0, 10)
    ? `${from}–${to.slice(11)} UTC`
    : `${from} – ${to} UTC`
}

/** A window's length for the range readout: `90 min`, `36 h`, `30 days`. */
export function formatSpan(ms: number): string {
  const minutes = Math.round(ms / MINUTE_MS)
  if (minutes < 120) return `${minutes} min`
  const hours = Math.round(minutes / 60)
  if (hours < 72) return `${hours} h`
  const days = ms / DAY_MS
  return `${Number.isInteger(days) ? days : days.toFixed(1)} days`
}
