const UNIT_MINUTES: Record<string, number> = { day: 1440, hour: 60, minute: 1, second: 1 / 60 }
const PART = /(\d+(?:\.\d+)?)\s*(day|hour|minute|second|min|hr|sec)s?\b/gi
const ALIASES: Record<string, string> = { min: 'minute', hr: 'hour', sec: 'second' }

/**
 * Minutes of a duration written in words, or null when there are none.
 * @example parseDurationWords('1 hour and 22 minutes') === 82
 */
export function parseDurationWords(text: string): number | null {
  let total = 0
  let found = false
  for (const [, amount, rawUnit] of text.matchAll(PART)) {
    const unit = (rawUnit ?? '').toLowerCase()
    const minutes = UNIT_MINUTES[ALIASES[unit] ?? unit]
    if (minutes === undefined) continue
    total += Number(amount) * minutes
    found = true
  }
  return found ? total : null
}
