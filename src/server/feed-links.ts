export interface FeedLink {
  href: string
  title?: string
}

const FEED_LINK_TYPES = [
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/json',
  'application/xml',
  'text/xml',
]
const MAX_LINKS = 10

/** Attribute values of one tag; names lower-cased, the first occurrence wins (as in HTML). */
function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>()
  const pattern = /([^\s"'<>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g
  for (const match of tag.matchAll(pattern)) {
    const name = match[1]?.toLowerCase()
    if (name && !attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '')
  }
  return attributes
}

const decodeAttribute = (value: string): string =>
  value
    .replace(/&amp;/gi, '&')
    .replace(/&quot;/gi, '"')
    .replace(/&#0*39;|&apos;/gi, "'")
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')

/**
 * The `<link rel="alternate">` feed links of a page, resolved against its URL. A scan of `<link>`
 * tags is enough here: the results are only probe targets, each fetched and checked on its own.
 */
export function findFeedLinks(html: string, pageUrl: string): FeedLink[] {
  const links: FeedLink[] = []
  for (const [tag] of html.slice(0, 512 * 1024).matchAll(/<link\b[^>]*>/gi)) {
    const attributes = attributesOf(tag)
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/)
    const type = (attributes.get('type') ?? '').toLowerCase().split(';')[0]?.trim() ?? ''
    const href = attributes.get('href')
    if (!rel.includes('alternate') || !FEED_LINK_TYPES.includes(type) || !href) continue
    try {
      const url = new URL(decodeAttribute(href.trim()), pageUrl)
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue
      const title = attributes.get('title')
      links.push(title ? { href: url.href, title: decodeAttribute(title) } : { href: url.href })
    } catch {
      continue
    }
    if (links.length >= MAX_LINKS) break
  }
  return links
}
