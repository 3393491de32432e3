import type { FeedAdapter, SniffedInput } from '../adapter'
import { asArray, attr, child, childText, isXmlObject, type XmlNode, type XmlObject } from '../xml'
import { buildStatuspageDraft, httpUrl, incidentCode } from './feed-draft'
import type { StatuspageItem } from './item-draft'
import { hasStatuspageUpdates } from './update-html'

// Statuspage's Atom ids: tag:<host>,2005:/history and tag:<host>,2005:Incident/<number>.
const STATUSPAGE_TAG = /^tag:[^,\s]+,2005:/

function feedOf(input: SniffedInput): XmlObject | null {
  if (input.kind !== 'xml') return null
  const feed = child(input.doc, 'feed')
  return isXmlObject(feed) ? feed : null
}

const contentOf = (entry: XmlNode) => childText(entry, 'content') || childText(entry, 'summary')

function alternateHref(node: XmlNode): string | null {
  const links = asArray(child(node, 'link'))
  const alternate = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate')
  return attr(alternate, 'href')
}

/** Statuspage `/history.atom`: `tag:<host>,2005:` ids and entries in the update layout. */
export function isStatuspageAtom(input: SniffedInput): boolean {
  const feed = feedOf(input)
  if (!feed || /incident\.io/i.test(childText(feed, 'generator'))) return false
  const entries = asArray(child(feed, 'entry'))
  const tagged =
    STATUSPAGE_TAG.test(childText(feed, 'id')) ||
    entries.some((e) => STATUSPAGE_TAG.test(childText(e, 'id')))
  if (!tagged) return false
  return entries.length === 0 || entries.slice(0, 5).some((e) => hasStatuspageUpdates(contentOf(e)))
}

function readAtomEntry(node: XmlNode): StatuspageItem {
  const href = httpUrl(alternateHref(node))
  const id = incidentCode(href) ?? (childText(node, 'id') || href)
  if (!id) throw new Error('it has neither a link nor an id.')
  return {
    id,
    url: href,
    title: childText(node, 'title'),
    dated: childText(node, 'published') || childText(node, 'updated'),
    html: contentOf(node),
    maintenanceEnd: null,
  }
}

export const statuspageAtomAdapter: FeedAdapter = {
  format: 'statuspage-atom',
  canParse: isStatuspageAtom,
  parse(input) {
    const feed = feedOf(input) ?? {}
    const meta = {
      title: childText(feed, 'title'),
      authorName: childText(child(feed, 'author'), 'name') || null,
      pageUrl: alternateHref(feed),
      feedDate: childText(feed, 'updated') || null,
    }
    return buildStatuspageDraft(meta, asArray(child(feed, 'entry')), readAtomEntry)
  },
}
