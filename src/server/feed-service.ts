import type { ServerConfig } from './config'
import { FeedCache, type CachedFeed } from './feed-cache'
import { createHostGate } from './host-gate'
import { safeFetch } from './safe-fetch'
import { memoizeString } from './string-memo'
import { checkUrl } from './url-policy'

export const CACHE_STATUSES = ['HIT', 'MISS', 'REVALIDATED', 'STALE'] as const
export type CacheStatus = (typeof CACHE_STATUSES)[number]

export interface FeedResult {
  entry: CachedFeed
  cacheStatus: CacheStatus
}

export type FeedService = ReturnType<typeof createFeedService>

/**
 * Feeds through the cache: fresh bodies are served as they are, older ones are revalidated with
 * their ETag / Last-Modified, one upstream request per URL at a time, and the last good body is
 * served (marked stale) when the upstream fails within the stale window.
 */
export function createFeedService(config: ServerConfig) {
  const { now } = config
  const cache = new FeedCache(config.cache.maxBytes)
  const inFlight = new Map<string, Promise<FeedResult>>()
  const hostGate = createHostGate({
    concurrency: config.hostConcurrency,
    maxRetryAfterSeconds: config.maxRetryAfterSeconds,
    now,
  })
  const policy = { ...config.fetch, hostGate }

  /**
   * The canonical URL: the cache key, after the name, scheme and port rules (may throw). Those
   * rules depend on the URL alone, so a cache hit does not parse and check it again.
   */
  const keyOf = memoizeString((url) => checkUrl(url, policy).url.href)

  const freshEntry = (key: string): CachedFeed | undefined => {
    const entry = cache.get(key)
    return entry && now() - entry.fetchedAt < config.cache.freshMs ? entry : undefined
  }

  async function refresh(key: string, previous: CachedFeed | undefined): Promise<FeedResult> {
    try {
      const validators = previous && { etag: previous.etag, lastModified: previous.lastModified }
      const result = await safeFetch(key, policy, { validators })
      if (result.status === 'not_modified' && previous) {
        const entry = { ...previous, fetchedAt: now() }
        cache.set(key, entry)
        return { entry, cacheStatus: 'REVALIDATED' }
      }
      if (result.status !== 'ok') throw new Error('304 without a cached body') // unreachable
      const { body, contentType, finalUrl, etag, lastModified } = result
      const entry: CachedFeed = {
        body,
        contentType,
        finalUrl,
        fetchedAt: now(),
        etag,
        lastModified,
      }
      cache.set(key, entry)
      return { entry, cacheStatus: 'MISS' }
    } catch (error) {
      const last = cache.get(key)
      if (last && now() - last.fetchedAt < config.cache.staleMs) {
        return { entry: last, cacheStatus: 'STALE' }
      }
      throw error
    }
  }

  return {
    keyOf,
    cache,
    /** A page for discovery (HTML allowed), under the same rules and per-host limits; not cached. */
    async fetchPage(url: string) {
      const page = await safeFetch(url, policy, { allowHtml: true })
      if (page.status !== 'ok') throw new Error('304 without validators') // unreachable
      return page
    },
    /** A fresh cached result, or undefined; never contacts upstream. */
    peekFresh(key: string): FeedResult | undefined {
      const entry = freshEntry(key)
      return entry && { entry, cacheStatus: 'HIT' }
    },
    get(key: string): Promise<FeedResult> {
      const entry = freshEntry(key)
      if (entry) return Promise.resolve({ entry, cacheStatus: 'HIT' })
      let pending = inFlight.get(key)
      if (!pending) {
        pending = refresh(key, cache.get(key)).finally(() => inFlight.delete(key))
        inFlight.set(key, pending)
      }
      return pending
    },
  }
}
