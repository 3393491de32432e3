import type { FeedDraft } from '../../normalize/draft'
import { parseDated } from '../../time/instants'
import { readEach, type FeedAdapter, type SniffedInput } from '../adapter'
import { asArray, child, childText, textOf, type XmlNode } from '../xml'
import { draftFromEntries, groupEntries, type FeedEntry } from './feed-entry'

function channelOf(input: SniffedInput): XmlNode {
  if (input.kind !== 'xml') return undefined
  return child(child(input.doc, 'rss'), 'channel') ?? child(input.doc, 'rdf:RDF')
}

function itemsOf(input: SniffedInput): XmlNode[] {
  const channel = channelOf(input)
  const rdf = input.kind === 'xml' ? child(input.doc, 'rdf:RDF') : undefined
  return asArray(child(channel, 'item') ?? child(rdf, 'item'))
}

function readItem(item: XmlNode): FeedEntry {
  const title = childText(item, 'title')
  const link = childText(item, 'link') || null
  const id = childText(item, 'guid') || link || ''
  const date = parseDated(childText(item, 'pubDate') || childText(item, 'dc:date'))
  if (!id) throw new Error(`"${title}" has neither guid nor link`)
  if (!date) throw new Error(`"${title}" has no readable date`)
  const body =
    textOf(asArray(child(item, 'content:encoded'))[0]) ||
    textOf(asArray(child(item, 'description'))[0])
  return { id, title, link, ms: date.ms, body }
}

/** Any RSS 2.0 (or RSS 1.0) feed: one item is one incident, or one update where guids share a base. */
export const genericRssAdapter: FeedAdapter = {
  format: 'generic-rss',
  canParse: (input) => channelOf(input) !== undefined,
  parse(input) {
    const channel = channelOf(input)
    const warnings: string[] = []
    const entries = readEach(itemsOf(input), readItem, warnings)
    const items = readEach(groupEntries(entries), draftFromEntries, warnings, 'incident')
    const title = childText(channel, 'title').replace(
      /\s*[-–|]\s*(status|incident history).*$/i,
      '',
    )
    const draft: FeedDraft = {
      vendor: title.replace(/\s+Status$/i, '').trim() || null,
      pageUrl: childText(channel, 'link') || null,
      components: [],
      items,
      coverage: null,
      warnings,
    }
    return draft
  },
}
