import type { FeedDraft } from '../../normalize/draft'
import { parseDated } from '../../time/instants'
import { readEach, type FeedAdapter, type SniffedInput } from '../adapter'
import { asArray, attr, child, childText, textOf, type XmlNode } from '../xml'
import { draftFromEntries, groupEntries, type FeedEntry } from './feed-entry'

function feedOf(input: SniffedInput): XmlNode {
  return input.kind === 'xml' ? child(input.doc, 'feed') : undefined
}

function alternateLink(node: XmlNode): string | null {
  const links = asArray(child(node, 'link'))
  const alternate = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0]
  return (alternate && attr(alternate, 'href')) || null
}

function readEntry(entry: XmlNode): FeedEntry {
  const title = childText(entry, 'title')
  const link = alternateLink(entry)
  const id = childText(entry, 'id') || link || ''
  const date = parseDated(childText(entry, 'published') || childText(entry, 'updated'))
  if (!id) throw new Error(`"${title}" has neither id nor link`)
  if (!date) throw new Error(`"${title}" has no readable date`)
  const body =
    textOf(asArray(child(entry, 'summary'))[0]) || textOf(asArray(child(entry, 'content'))[0])
  return { id, title, link, ms: date.ms, body }
}

/** Any Atom 1.0 feed: one entry is one incident, or one update where ids share a base. */
export const genericAtomAdapter: FeedAdapter = {
  format: 'generic-atom',
  canParse: (input) => feedOf(input) !== undefined,
  parse(input) {
    const feed = feedOf(input)
    const warnings: string[] = []
    const entries = readEach(asArray(child(feed, 'entry')), readEntry, warnings)
    const items = readEach(groupEntries(entries), draftFromEntries, warnings, 'incident')
    const title = childText(feed, 'title').replace(/\s*[-–|]\s*(status|incident history).*$/i, '')
    const draft: FeedDraft = {
      vendor: title.replace(/\s+Status$/i, '').trim() || null,
      pageUrl: alternateLink(feed),
      components: [],
      items,
      coverage: null,
      warnings,
    }
    return draft
  },
}
