import type { Coverage } from '../../model'
import type { FeedDraft, IncidentDraft } from '../../normalize/draft'
import { draftStartMs } from '../../normalize/finalize'
import { parseDated, toIsoUtc } from '../../time/instants'
import { readEach } from '../adapter'
import { readStatuspageItem, type FeedContext, type StatuspageItem } from './item-draft'
import { parseInstant } from '../../time/parse-instant'

/** Feed-level facts both formats give. */
export interface StatuspageFeedMeta {
  /** "GitHub Status - Incident History". */
  title: string
  /** Atom author/name, the page's own name. */
  authorName: string | null
  pageUrl: string | null
  /** Channel pubDate/lastBuildDate or Atom updated: when the feed was produced. */
  feedDate: string | null
}

/**
 * The page's name from "<Name> Status - Incident History" (string ends only: a hostile title
 * cannot make a regex backtrack).
 * @example vendorFromFeedTitle('GitHub Status - Incident History') === 'GitHub'
 */
export function vendorFromFeedTitle(title: string): string | null {
  let name = title.trim()
  if (/incident history$/i.test(name)) {
    const rest = name.slice(0, -'incident history'.length).trimEnd()
    if (/[-–]$/.test(rest)) name = rest.slice(0, -1).trimEnd()
  }
  if (/\sstatus$/i.test(name)) name = name.slice(0, -'status'.length).trimEnd()
  return name === '' ? null : name
}

/** The address only when it is http(s): a feed's link is never trusted to be a safe URL. */
export function httpUrl(value: string | null | undefined): string | null {
  const url = value?.trim() ?? ''
  return /^https?:\/\/[^\s]+$/i.test(url) ? url : null
}

/** The 12-character code of `https://<host>/incidents/<code>`. */
export function incidentCode(url: string | null | undefined): string | null {
  return /\/incidents\/([A-Za-z0-9]+)\/?(?:[?#].*)?$/.exec(url?.trim() ?? '')?.[1] ?? null
}

/**
 * From the earliest start (by the shared rule; upcoming maintenances have not started) to the
 * feed's own date or its newest update, whichever is later.
 */
function coverageOf(items: IncidentDraft[], feedDateMs: number | null) {
  let from = Infinity
  let to = feedDateMs ?? -Infinity
  for (const item of items) {
    const start = item.flags?.includes('upcoming') ? null : draftStartMs(item)
    if (start !== null) from = Math.min(from, start)
    for (const update of item.updates) to = Math.max(to, parseInstant(update.at))
  }
  const coverage: Coverage = {
    from: Number.isFinite(from) ? toIsoUtc(from) : null,
    to: Number.isFinite(to) ? toIsoUtc(to) : null,
  }
  return coverage
}

/** Reads every item (a bad one becomes a warning) and assembles the feed's draft. */
export function buildStatuspageDraft<T>(
  meta: StatuspageFeedMeta,
  rawItems: readonly T[],
  toItem: (raw: T) => StatuspageItem,
): FeedDraft {
  const warnings: string[] = []
  const feedDate = parseDated(meta.feedDate)
  const context: FeedContext = { feedDate, assumedZones: new Map(), warnings }
  const items = readEach(rawItems, (raw) => readStatuspageItem(toItem(raw), context), warnings)
  for (const [zone, count] of context.assumedZones) {
    const word = zone === '' ? 'no zone' : `the unknown zone "${zone}"`
    warnings.push(
      `Update times with ${word} (${count} item(s)) were read in the offset of each item's own date.`,
    )
  }
  return {
    vendor: vendorFromFeedTitle(meta.title) ?? meta.authorName,
    pageUrl: httpUrl(meta.pageUrl),
    components: [],
    items,
    coverage: coverageOf(items, feedDate?.ms ?? null),
    capturedAt: feedDate ? toIsoUtc(feedDate.ms) : null,
    warnings,
  }
}
