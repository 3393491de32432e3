import { VENDOR_CATALOGUE, type CatalogueVendor } from './catalogue'

const FEED_WORDS = /\b(status|incidents?|history|feeds?|page|updates?|rss|atom|json)\b/gi
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}.)]+$/gu
const NOT_A_NAME = new Set(['www', 'status', 'statuspage', 'health', 'app'])
const IP_OR_LOCAL = /^(\d{1,3}(\.\d{1,3}){3}|\[[\d:a-f]+\]|localhost)$/i

const bareHost = (url: URL) => url.hostname.toLowerCase().replace(/^www\./, '')
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)

function fromTitle(title: string | undefined): string | null {
  if (!title) return null
  const name = title.replace(FEED_WORDS, ' ').replace(/\s+/g, ' ').replace(EDGE_PUNCTUATION, '')
  return name.length > 0 && name.length <= 60 ? name : null
}

function fromAddress(url: URL): string {
  const host = bareHost(url)
  if (IP_OR_LOCAL.test(url.hostname)) {
    const segment = url.pathname.split('/').find((part) => part !== '')
    return segment ? capitalise(decodeURIComponent(segment)) : host
  }
  const labels = host.split('.').slice(0, -1)
  const label = labels.find((part) => !NOT_A_NAME.has(part)) ?? labels[0] ?? host
  return capitalise(label.replace(/-?status$/, '') || label)
}

/**
 * A vendor name to prefill from a status page address: the catalogue's name for a known page, else
 * the feed's title without words like "Status History", else the address's distinctive label.
 * @example suggestVendorName('https://status.acme.com/') // 'Acme'
 */
export function suggestVendorName(
  site: string,
  feedTitle?: string,
  catalogue: readonly CatalogueVendor[] = VENDOR_CATALOGUE,
): string {
  let url: URL
  try {
    url = new URL(site)
  } catch {
    return fromTitle(feedTitle) ?? ''
  }
  const known = catalogue.find((vendor) => bareHost(new URL(vendor.statusPage)) === bareHost(url))
  return known?.name ?? fromTitle(feedTitle) ?? fromAddress(url)
}
