import type { IncidentFlag, IncidentKind, IncidentUpdate } from '../../model'
import type { IncidentDraft } from '../../normalize/draft'
import {
  isInProgressStatus,
  isResolvingStatus,
  kindFromStatuspageLabels,
} from '../../normalize/statuses'
import { htmlToText } from '../../text/html-to-text'
import { DAY_MS, parseDated, toIsoUtc, type DatedInstant } from '../../time/instants'
import { createStampResolver, type WallStamp } from '../../time/stamps'
import type { ScheduledWindowStamps } from './scheduled-header'
import { splitStatuspageUpdates, type StatuspageUpdateHtml } from './update-html'

/** One RSS item or Atom entry, reduced to what both formats share. */
export interface StatuspageItem {
  id: string
  url: string | null
  title: string
  /** RSS pubDate or Atom published: the newest update's time (or a maintenance's start). */
  dated: string
  /** The description/content after the XML layer: HTML with its entities still encoded. */
  html: string
  /** RSS `maintenanceEndDate` (the maintenance's scheduled_until). */
  maintenanceEnd: string | null
}

/** What the whole feed knows while its items are read. */
export interface FeedContext {
  /** The feed's own date (channel pubDate/lastBuildDate, Atom updated). */
  feedDate: DatedInstant | null
  /** Unknown zone words met so far, with how many items used them. */
  assumedZones: Map<string, number>
  warnings: string[]
}

const MAINTENANCE_IN_TITLE = /\bmaintenance\b/i

/** formats.md §1.6: maintenanceEndDate, the header, the labels; the title only as a last hint. */
function kindOf(item: StatuspageItem, hasHeader: boolean, labels: string[]): IncidentKind {
  if (item.maintenanceEnd || hasHeader) return 'maintenance'
  return (
    kindFromStatuspageLabels(labels) ??
    (MAINTENANCE_IN_TITLE.test(item.title) ? 'maintenance' : 'incident')
  )
}

const hasStarted = (labels: string[]) =>
  labels.some((l) => isInProgressStatus(l) || isResolvingStatus(l) || /^verifying$/i.test(l))

type Instant = (stamp: WallStamp) => number | null

/** The header's window (an end before the start runs past midnight); maintenanceEndDate wins. */
function scheduledWindow(
  window: ScheduledWindowStamps | null,
  instant: Instant,
  end: string | null,
) {
  let scheduledStart: string | null = null
  let scheduledEnd: string | null = null
  const startMs = window ? instant(window.start) : null
  let endMs = window ? instant(window.end) : null
  if (startMs !== null) {
    if (endMs !== null && endMs < startMs) endMs += DAY_MS
    scheduledStart = toIsoUtc(startMs)
    scheduledEnd = endMs === null ? null : toIsoUtc(endMs)
  }
  const declaredEnd = parseDated(end)
  if (declaredEnd) scheduledEnd = toIsoUtc(declaredEnd.ms)
  return { scheduledStart, scheduledEnd }
}

/** Reads one item into a draft; throws (and the item is skipped) when no time can be read. */
export function readStatuspageItem(item: StatuspageItem, context: FeedContext): IncidentDraft {
  const split = splitStatuspageUpdates(item.html)
  // The item's own date places the year-less stamps; the feed's date is the fallback.
  const reference = parseDated(item.dated) ?? context.feedDate
  if (!reference) throw new Error(`"${item.title}" has no readable date to place its updates in.`)
  const stamps: WallStamp[] = split.updates.map((u) => u.stamp)
  if (split.scheduled) stamps.push(split.scheduled.start, split.scheduled.end)
  const resolve = createStampResolver(reference, stamps)
  const assumed = new Set<string>()
  const instant: Instant = (stamp) => {
    const resolved = resolve(stamp)
    if (resolved?.zoneAssumed) assumed.add(stamp.zone)
    return resolved?.ms ?? null
  }

  // Oldest first, so updates sharing a minute keep the order the page gave them.
  let unreadable = split.unreadable
  const updates: IncidentUpdate[] = []
  for (let i = split.updates.length - 1; i >= 0; i--) {
    const { stamp, label, body } = split.updates[i] as StatuspageUpdateHtml
    const ms = instant(stamp)
    if (ms === null) unreadable += 1
    else
      updates.push({
        at: toIsoUtc(ms),
        status: label,
        text: htmlToText(body),
        body,
        bodyFormat: 'html',
      })
  }
  const { scheduledStart, scheduledEnd } = scheduledWindow(
    split.scheduled,
    instant,
    item.maintenanceEnd,
  )
  if (unreadable > 0)
    context.warnings.push(
      `Skipped ${unreadable} update(s) of "${item.title}" with an impossible date or time.`,
    )
  if (updates.length === 0 && scheduledStart === null)
    throw new Error(`"${item.title}" has no update whose time can be read.`)

  const labels = updates.map((u) => u.status)
  const kind = kindOf(item, split.scheduledHeader !== null, labels)
  const flags: IncidentFlag[] = []
  for (const zone of assumed)
    context.assumedZones.set(zone, (context.assumedZones.get(zone) ?? 0) + 1)
  if (assumed.size > 0) flags.push('timezone_assumed')
  // Upcoming: not started, and planned after the feed was made (or, undated, still headed).
  const plannedMs = parseDated(scheduledStart)?.ms ?? parseDated(item.dated)?.ms ?? null
  const feedMs = context.feedDate?.ms ?? null
  const inFuture =
    plannedMs !== null && (feedMs === null ? split.scheduledHeader !== null : plannedMs > feedMs)
  if (kind === 'maintenance' && !hasStarted(labels) && inFuture) flags.push('upcoming')

  return {
    id: item.id,
    kind,
    title: item.title,
    url: item.url,
    components: [],
    impact: null,
    updates,
    scheduledStart,
    scheduledEnd,
    flags,
  }
}
