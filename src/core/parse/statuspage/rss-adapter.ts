import type { FeedAdapter, SniffedInput } from '../adapter'
import {
  asArray,
  child,
  childText,
  isXmlObject,
  mayHoldWord,
  textOf,
  type XmlNode,
  type XmlObject,
} from '../xml'
import { buildStatuspageDraft, httpUrl, incidentCode } from './feed-draft'
import type { StatuspageItem } from './item-draft'
import { hasStatuspageUpdates } from './update-html'

const OTHER_GENERATORS = /incident\.io|AWS Service Health/i

function channelOf(input: SniffedInput): XmlObject | null {
  if (input.kind !== 'xml') return null
  const channel = asArray(child(child(input.doc, 'rss'), 'channel'))[0]
  return isXmlObject(channel) ? channel : null
}

// What "Type:" needs: descriptions without it are ruled out without decoding them.
const TYPE_WORD = /type:/i

// Instatus writes "Type: …" descriptions and content:encoded; Statuspage never does.
function looksInstatus(item: XmlNode): boolean {
  if (child(item, 'content:encoded') !== undefined) return true
  const description = asArray(child(item, 'description'))[0]
  return mayHoldWord(description, TYPE_WORD) && /^Type:/i.test(textOf(description).trim())
}

const looksStatuspageItem = (item: XmlNode) =>
  incidentCode(childText(item, 'link') || childText(item, 'guid')) !== null &&
  hasStatuspageUpdates(childText(item, 'description'))

/** Statuspage `/history.rss`: description "Statuspage" and/or `/incidents/<code>` update items. */
export function isStatuspageRss(input: SniffedInput): boolean {
  const channel = channelOf(input)
  if (!channel || OTHER_GENERATORS.test(childText(channel, 'generator'))) return false
  const items = asArray(child(channel, 'item'))
  if (items.some(looksInstatus)) return false
  if (childText(channel, 'description') === 'Statuspage') return true
  return items.slice(0, 5).some(looksStatuspageItem)
}

function readRssItem(node: XmlNode): StatuspageItem {
  const link = httpUrl(childText(node, 'link'))
  const guid = childText(node, 'guid')
  const id = incidentCode(link) ?? incidentCode(guid) ?? (guid || link)
  if (!id) throw new Error('it has neither a link nor a guid.')
  return {
    id,
    url: link ?? httpUrl(guid),
    title: childText(node, 'title'),
    dated: childText(node, 'pubDate'),
    html: childText(node, 'description'),
    maintenanceEnd: childText(node, 'maintenanceEndDate') || null,
  }
}

export const statuspageRssAdapter: FeedAdapter = {
  format: 'statuspage-rss',
  canParse: isStatuspageRss,
  parse(input) {
    const channel = channelOf(input) ?? {}
    const meta = {
      title: childText(channel, 'title'),
      authorName: null,
      pageUrl: childText(channel, 'link'),
      feedDate: childText(channel, 'pubDate') || childText(channel, 'lastBuildDate') || null,
    }
    return buildStatuspageDraft(meta, asArray(child(channel, 'item')), readRssItem)
  },
}
