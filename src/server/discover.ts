import { detectFormat } from '../core/parse/detect'
import type { FeedFormat } from '../core/model'
import { ProxyError } from './errors'
import { findFeedLinks, type FeedLink } from './feed-links'

/** Where status products publish feeds, in the order they are probed. */
export const KNOWN_FEED_PATHS = [
  '/history.atom',
  '/history.rss',
  '/api/v2/incidents.json',
  '/api/v2/scheduled-maintenances.json',
  '/api/v2/summary.json',
  '/feed.atom',
  '/feed.rss',
  '/feed',
  '/index.json',
  '/default/history.atom',
  '/default/history.rss',
]

export interface FeedCandidate {
  url: string
  format: FeedFormat
  title?: string
}

export interface DiscoveryResult {
  site: string
  candidates: FeedCandidate[]
}

export interface DiscoveryDeps {
  /** Fetches a page (HTML allowed) under the proxy rules. */
  fetchPage: (url: string) => Promise<{ body: string; contentType: string; finalUrl: string }>
  /** Fetches a feed body under the proxy rules (through the cache, so a later subscribe hits it). */
  fetchFeed: (url: string) => Promise<{ body: string; finalUrl: string }>
  /** Checks and canonicalises a URL; throws the proxy's refusal for a blocked one. */
  checkUrl: (url: string) => string
  concurrency: number
  budgetMs: number
}

/** History feeds carry the whole record; summaries only what is open right now. */
function rankOf(candidate: FeedCandidate): number {
  const path = new URL(candidate.url).pathname
  if (candidate.format === 'statuspage-incident-text') return 5
  if (path.endsWith('/summary.json')) return 4
  if (path.endsWith('/scheduled-maintenances.json')) return 3
  if (candidate.format.endsWith('-json')) return path.endsWith('/incidents.json') ? 1 : 2
  return 0
}

/** `status.example.com[:port]` or a URL → the page URL to start from. */
export const siteUrlOf = (site: string): string =>
  /^[a-z][a-z\d+.-]*:\/\//i.test(site.trim()) ? site.trim() : `https://${site.trim()}`

/**
 * Finds a vendor's feeds: the page's own `<link rel="alternate">` first, then the known paths on
 * its origin, each fetched with the same safe fetcher and kept only if the core's sniffer knows it.
 */
export async function discoverFeeds(site: string, deps: DiscoveryDeps): Promise<DiscoveryResult> {
  const pageUrl = deps.checkUrl(siteUrlOf(site))
  const deadline = Date.now() + deps.budgetMs
  let pageError: unknown
  let links: FeedLink[] = []
  let origin = new URL(pageUrl).origin
  try {
    const page = await withBudget(deps.fetchPage(pageUrl), deadline)
    origin = new URL(page.finalUrl).origin
    if (detectFormat(page.body)) links.push({ href: pageUrl })
    else links = findFeedLinks(page.body, page.finalUrl)
  } catch (error) {
    pageError = error
  }
  const probes = uniqueBy<FeedLink>(
    [...links, ...KNOWN_FEED_PATHS.map((path) => ({ href: `${origin}${path}` }))],
    (link) => link.href,
  )
  const found = await mapBounded(probes, deps.concurrency, async (link) => {
    const feed = await withBudget(deps.fetchFeed(link.href), deadline)
    const format = detectFormat(feed.body)
    if (!format) return null
    const candidate: FeedCandidate = {
      url: link.href,
      format,
      ...(link.title && { title: link.title }),
    }
    return { candidate, finalUrl: feed.finalUrl }
  })
  const candidates = uniqueBy(found, (item) => `${item.finalUrl} ${item.candidate.format}`)
    .map((item) => item.candidate)
    .sort((a, b) => rankOf(a) - rankOf(b))
  if (candidates.length === 0 && pageError) throw pageError
  return { site: pageUrl, candidates }
}

function uniqueBy<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter((item) => !seen.has(keyOf(item)) && seen.add(keyOf(item)))
}

function withBudget<T>(work: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProxyError('timeout')), Math.max(0, deadline - Date.now()))
  })
  return Promise.race([work, expired]).finally(() => clearTimeout(timer))
}

/** Runs `task` over `items`, at most `limit` at once; failures and nulls are dropped, order kept. */
async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R | null>,
): Promise<R[]> {
  const results: (R | null)[] = new Array<R | null>(items.length).fill(null)
  let next = 0
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) {
      results[index] = await task(items[index] as T).catch(() => null)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results.filter((result): result is R => result !== null)
}
