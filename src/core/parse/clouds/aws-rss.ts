import type { IncidentUpdate } from '../../model'
import { emptyFeedDraft, type IncidentDraft } from '../../normalize/draft'
import { parseInstantMs, toIsoUtc } from '../../time/instants'
import { readEach, type FeedAdapter, type SniffedInput } from '../adapter'
import { asArray, child, childText, type XmlNode } from '../xml'
import { groupAwsRssItems, marksResolution, readAwsRssItem, type AwsRssItem } from './aws-rss-items'
import { hasAwsStatePrefix, impactFromAwsState } from './aws-titles'
import { htmlUpdate, worstImpact } from './updates'

const GENERATOR = /AWS Service Health Dashboard/i

function channelOf(input: SniffedInput): XmlNode {
  if (input.kind !== 'xml') return undefined
  return asArray(child(child(input.doc, 'rss'), 'channel'))[0]
}

/** Only the newest item can resolve an event: AWS re-titles backfilled items "[RESOLVED]" too. */
function toUpdate(item: AwsRssItem, isLast: boolean): IncidentUpdate {
  const status = isLast && marksResolution(item) ? 'Resolved' : (item.title.state ?? '')
  return htmlUpdate(toIsoUtc(item.ms), status, item.html)
}

function toDraft(event: AwsRssItem[], component: string): IncidentDraft | null {
  const first = event[0]
  const last = event.at(-1)
  if (!first || !last) return null
  return {
    id: first.guid ?? `${first.service ?? component}_${Math.round(first.ms / 1000)}`,
    kind: 'incident',
    title: last.title.text,
    url: last.link,
    components: [component],
    impact: worstImpact(event.map((item) => impactFromAwsState(item.title.state))),
    updates: event.map((item) => toUpdate(item, item === last)),
    closed: marksResolution(last),
  }
}

function looksLikeAwsFeed(channel: XmlNode): boolean {
  if (GENERATOR.test(childText(channel, 'generator'))) return true
  const titles = asArray(child(channel, 'item')).map((item) => childText(item, 'title'))
  return titles.length > 0 && titles.every(hasAwsStatePrefix)
}

/** AWS per-service RSS (formats.md §7.2): one item per update, grouped here into events. */
export const awsRssAdapter: FeedAdapter = {
  format: 'aws-rss',
  canParse: (input) => input.kind === 'xml' && looksLikeAwsFeed(channelOf(input)),
  parse(input) {
    const draft = emptyFeedDraft()
    draft.vendor = 'AWS'
    const channel = channelOf(input)
    // "Amazon Elastic Compute Cloud (Tokyo) Service Status" names the service-region.
    const component = childText(channel, 'title')
      .replace(/\s*Service Status\s*$/i, '')
      .trim()
    const items = readEach(
      asArray(child(channel, 'item')),
      readAwsRssItem,
      draft.warnings,
      'AWS feed item',
    )
    const events = groupAwsRssItems(items, component)
    draft.items = events.map((event) => toDraft(event, component)).filter((d) => d !== null)
    const times = items.map((item) => item.ms)
    const built = parseInstantMs(childText(channel, 'lastBuildDate'))
    if (times.length > 0) {
      const to = Math.max(...times, built ?? -Infinity)
      draft.coverage = { from: toIsoUtc(Math.min(...times)), to: toIsoUtc(to) }
    }
    return draft
  },
}
