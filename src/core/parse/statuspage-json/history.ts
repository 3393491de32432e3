import type { IncidentFlag } from '../../model'
import type { IncidentDraft } from '../../normalize/draft'
import { impactFromStatuspage } from '../../normalize/impact'
import { htmlToText } from '../../text/html-to-text'
import { DAY_MS, monthIndex, toIsoUtc, type DatedInstant } from '../../time/instants'
import { createStampResolver, makeWallStamp, type WallStamp } from '../../time/stamps'
import { readEach } from '../adapter'
import { incidentUrl } from './envelope'
import { historyIncidentSchema, historyMonthSchema, parseOrThrow } from './schemas'

// "Aug 10, 00:17 - 01:30 UTC" or "Feb 25, 23:44 - Feb 26, 20:27 UTC" once the <var> tags are gone.
const WINDOW =
  /^([A-Za-z]{3,9})\s+(\d{1,2}),\s*(\d{1,2}:\d{2})(?:\s*-\s*(?:([A-Za-z]{3,9})\s+(\d{1,2}),\s*)?(\d{1,2}:\d{2}))?\s+(\S+)$/

interface Window {
  start: WallStamp
  end: WallStamp | null
  endDated: boolean
}

/** The year of a stamp listed under a month entry: the entry's, unless the stamp's month is 6+ away. */
function yearFor(monthName: string, entryMonth: number, entryYear: number): number {
  if (entryMonth < 0) return entryYear
  const shift = monthIndex(monthName) - entryMonth
  return shift > 6 ? entryYear - 1 : shift < -6 ? entryYear + 1 : entryYear
}

function readWindow(timestamp: string, entryMonth: number, entryYear: number): Window {
  const text = htmlToText(timestamp).replace(/\s+/g, ' ')
  const m = WINDOW.exec(text)
  if (!m) throw new Error(`its timestamp "${text}" is not a date we can read`)
  const [, month = '', day = '', time = '', endMonth, endDay, endTime, zone = ''] = m
  const year = yearFor(month, entryMonth, entryYear)
  const start = makeWallStamp(month, day, time, zone, year)
  const end = endTime ? makeWallStamp(endMonth ?? month, endDay ?? day, endTime, zone, year) : null
  if (!start || (endTime && !end)) throw new Error(`its timestamp "${text}" is not a valid date`)
  return { start, end, endDated: endMonth !== undefined }
}

export interface HistoryContext {
  pageUrl: string | null
  /** page.updated_at: its offset is assumed for an unknown zone word. */
  reference: DatedInstant | null
  warnings: string[]
}

/**
 * One `months[].incidents[]` entry: declared start and end from its timestamp window, no updates
 * (history.json carries only the latest message; the updates are at /incidents/<code>.json).
 */
function readHistoryIncident(raw: unknown, month: number, year: number, ctx: HistoryContext) {
  const item = parseOrThrow(historyIncidentSchema, raw)
  const title = item.name.trim()
  const window = readWindow(item.timestamp, month, year)
  const resolve = createStampResolver(
    ctx.reference,
    window.end ? [window.start, window.end] : [window.start],
  )
  const start = resolve(window.start)
  const end = window.end ? resolve(window.end) : null
  if (!start || (window.end && !end))
    throw new Error(`its timestamp names a day that does not exist`)
  // A window that ends "before" it starts crosses midnight (no end date) or New Year (dated end).
  if (end && end.ms < start.ms) end.ms = window.endDated ? addYear(end.ms) : end.ms + DAY_MS
  const flags: IncidentFlag[] = []
  if (start.zoneAssumed) {
    flags.push('timezone_assumed')
    ctx.warnings.push(
      `"${title}": unknown zone "${window.start.zone}"; the page's offset was used.`,
    )
  }
  const maintenance = item.impact === 'maintenance'
  const draft: IncidentDraft = {
    id: item.code,
    kind: maintenance ? 'maintenance' : 'incident',
    title,
    url: incidentUrl(ctx.pageUrl, item.code),
    components: [],
    impact: maintenance ? null : impactFromStatuspage(item.impact),
    updates: [],
    declaredStart: toIsoUtc(start.ms),
    declaredEnd: end ? toIsoUtc(end.ms) : null,
    flags,
  }
  return draft
}

function addYear(ms: number): number {
  const date = new Date(ms)
  date.setUTCFullYear(date.getUTCFullYear() + 1)
  return date.getTime()
}

/** Every incident of a /history.json page; a bad month or entry becomes a warning. */
export function readHistoryMonths(
  months: readonly unknown[],
  ctx: HistoryContext,
): IncidentDraft[] {
  const perMonth = readEach(
    months,
    (raw) => {
      const month = parseOrThrow(historyMonthSchema, raw)
      const index = monthIndex(month.name ?? '')
      return readEach(
        month.incidents ?? [],
        (item) => readHistoryIncident(item, index, month.year, ctx),
        ctx.warnings,
        `${month.name ?? ''} ${month.year} incident`.trim(),
      )
    },
    ctx.warnings,
    'history month',
  )
  return perMonth.flat()
}
