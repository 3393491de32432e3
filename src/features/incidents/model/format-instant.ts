import { createMemo } from '../../../core/memo'

// Formatters are costly to build; one per zone (UTC and the viewer's, in practice) serves every row.
const formatterFor = createMemo(
  (timeZone: string) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
  { limit: 8, key: (timeZone) => timeZone },
)

/**
 * An instant as `YYYY-MM-DD HH:mm` in the given IANA zone; `—` when unreadable.
 * @example formatInstant('2025-04-30T14:09:00Z', 'Europe/Stockholm') === '2025-04-30 16:09'
 */
export function formatInstant(value: string | number | null, timeZone: string): string {
  if (value === null) return '—'
  const ms = typeof value === 'number' ? value : Date.parse(value)
  if (!Number.isFinite(ms)) return '—'
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`
}

/** The IANA zone a mode stands for: UTC, or the viewer's own zone. */
export function zoneFor(mode: 'utc' | 'local', localZone: string): string {
  return mode === 'utc' ? 'UTC' : localZone
}
