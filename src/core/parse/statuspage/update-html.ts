import { decodeHtmlEntities } from '../../text/entities'
import { tidyText } from '../../text/html-to-text'
import { makeWallStamp, type WallStamp } from '../../time/stamps'
import { readScheduledHeader, type ScheduledWindowStamps } from './scheduled-header'

/** One update paragraph of a Statuspage feed item, as the page wrote it. */
export interface StatuspageUpdateHtml {
  stamp: WallStamp
  /** The `<strong>` label as written: "Investigating", "In progress", "Postmortem". */
  label: string
  /** The body's HTML (entities still encoded), from after "Label - " up to its closing `</p>`. */
  body: string
}

export interface SplitStatuspageHtml {
  /** In feed order: newest first. */
  updates: StatuspageUpdateHtml[]
  /** The text of a "THIS IS A SCHEDULED EVENT" header, when the item carries one. */
  scheduledHeader: string | null
  /** The window that header states, when it can be read. */
  scheduled: ScheduledWindowStamps | null
  /** Update stamps whose date or time is impossible (skipped). */
  unreadable: number
}

// formats.md §1.4, covering layout 1 ("Jan  1, 09:09 PST", no <var>), layout 2 (pad space inside
// <var>) and layout 3 (whitespace between tags). Whitespace runs are never matched by two
// adjacent quantifiers, so hostile input cannot make the search quadratic.
const UPDATE_HEAD = new RegExp(
  [
    String.raw`(?:<p\b[^<>]*>\s*)?<small\b[^<>]*>\s*([A-Z][a-z]{2})`,
    String.raw`\s*(?:<var\b[^<>]*>\s*)?(\d{1,2})(?:\s*<\/var>)?\s*,`,
    String.raw`\s*(?:<var\b[^<>]*>\s*)?(\d{1,2}:\d{2}(?::\d{2})?)(?:\s*<\/var>)?`,
    String.raw`([^<]*)<\/small>\s*<br\b[^<>]*>\s*<strong\b[^<>]*>([^<]+)<\/strong>\s*-\s*`,
  ].join(''),
  'g',
)

const HEADER_MARK = 'THIS IS A SCHEDULED EVENT'

function withoutClosingParagraph(html: string): string {
  const trimmed = html.trimEnd()
  // Only the last four characters can spell "</p>": lower-casing the whole body is wasted work.
  const closed = trimmed.slice(-4).toLowerCase() === '</p>' ? trimmed.slice(0, -4) : trimmed
  return closed.trim()
}

function headerText(prefix: string): string | null {
  const at = prefix.indexOf(HEADER_MARK)
  if (at < 0) return null
  const end = prefix.indexOf('</strong>', at)
  const inner = prefix.slice(at + HEADER_MARK.length, end < 0 ? undefined : end)
  // `&nbsp;-&nbsp;` arrives XML-decoded once; the HTML layer is decoded here, once.
  return tidyText(decodeHtmlEntities(inner.replace(/<[^<>]*>/g, '')))
}

/**
 * Splits the decoded HTML of a Statuspage RSS description or Atom content into its updates
 * (newest first, as written) and the upcoming-maintenance header, which is not an update.
 * @example splitStatuspageUpdates("<p><small>Jan  1, 09:09 PST</small><br><strong>Resolved</strong> - Done.</p>")
 *   // → one update: Jan 1 09:09 "PST", label "Resolved", body "Done."
 */
export function splitStatuspageUpdates(html: string): SplitStatuspageHtml {
  const heads = [...html.matchAll(UPDATE_HEAD)]
  const firstAt = heads[0]?.index ?? html.length
  const scheduledHeader = headerText(html.slice(0, firstAt))
  const updates: StatuspageUpdateHtml[] = []
  let unreadable = 0
  heads.forEach((head, i) => {
    const [whole, month = '', day = '', time = '', zone = '', label = ''] = head
    const bodyStart = (head.index ?? 0) + whole.length
    const bodyEnd = heads[i + 1]?.index ?? html.length
    const stamp = makeWallStamp(month, day, time, zone)
    if (!stamp) {
      unreadable += 1
      return
    }
    updates.push({
      stamp,
      label: tidyText(decodeHtmlEntities(label)),
      body: withoutClosingParagraph(html.slice(bodyStart, bodyEnd)),
    })
  })
  return {
    updates,
    scheduledHeader,
    scheduled: scheduledHeader === null ? null : readScheduledHeader(scheduledHeader),
    unreadable,
  }
}

const ONE_UPDATE_HEAD = new RegExp(UPDATE_HEAD.source)

/** True when the HTML holds at least one Statuspage update paragraph. */
export function hasStatuspageUpdates(html: string): boolean {
  return ONE_UPDATE_HEAD.test(html)
}
