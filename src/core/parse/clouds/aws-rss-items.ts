import { decodeHtmlEntities } from '../../text/entities'
import { parseInstantMs } from '../../time/instants'
import { asArray, child, childText, textOf, type XmlNode } from '../xml'
import { readAwsTitle, type AwsTitle } from './aws-titles'
import { webLink } from './updates'

/** One `<item>` of an AWS per-service feed: one update of one event. */
export interface AwsRssItem {
  guid: string | null
  /** Service-region from the guid (`…/#ec2-ap-northeast-1_1566559115`), else null. */
  service: string | null
  ms: number
  title: AwsTitle
  html: string
  link: string | null
}

const GUID_SERVICE = /#([^#]+)_\d{9,13}$/

/** The description's HTML: CDATA holds entity-escaped HTML, decoded here once (formats.md §7.2). */
function descriptionHtml(node: XmlNode): string {
  const description = asArray(child(node, 'description'))[0]
  const cdata = asArray(child(description, '#cdata'))
  if (cdata.length === 0) return textOf(description).trim()
  const raw = cdata.map((part) => (typeof part === 'string' ? part : textOf(part))).join('')
  return decodeHtmlEntities(raw).trim()
}

export function readAwsRssItem(node: XmlNode): AwsRssItem {
  const pubDate = childText(node, 'pubDate')
  const ms = parseInstantMs(pubDate)
  if (ms === null) throw new Error(`pubDate "${pubDate}" is not a readable date`)
  const guid = childText(node, 'guid') || null
  return {
    guid,
    service: guid ? (GUID_SERVICE.exec(guid)?.[1] ?? null) : null,
    ms,
    title: readAwsTitle(childText(node, 'title')),
    html: descriptionHtml(node),
    link: webLink(childText(node, 'link')),
  }
}

/** A resolution marker: the "operating normally" state or a [RESOLVED] tag in the title. */
export function marksResolution(item: AwsRssItem): boolean {
  return item.title.resolved || item.title.state === 'Service is operating normally'
}

// A resolved event whose title comes back more than a day later is a new event.
const NEW_EVENT_GAP_MS = 24 * 60 * 60 * 1000

/**
 * Groups items into events: same service and same English title text (formats.md §7.2), split
 * where a resolved event's title recurs more than a day later. Each event is oldest first.
 */
export function groupAwsRssItems(items: readonly AwsRssItem[], channelService: string) {
  const groups = new Map<string, AwsRssItem[]>()
  for (const item of [...items].sort((a, b) => a.ms - b.ms)) {
    const text = item.title.text.replace(/\s+/g, ' ').toLowerCase()
    const key = `${item.service ?? channelService}\u0000${text}`
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  const events: AwsRssItem[][] = []
  for (const group of groups.values()) {
    let current: AwsRssItem[] = []
    for (const item of group) {
      const previous = current.at(-1)
      if (previous && marksResolution(previous) && item.ms - previous.ms > NEW_EVENT_GAP_MS) {
        events.push(current)
        current = []
      }
      current.push(item)
    }
    events.push(current)
  }
  return events
}
