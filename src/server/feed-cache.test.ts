import { describe, expect, it } from 'vitest'
import { FeedCache, type CachedFeed } from './feed-cache'

const entry = (body: string): CachedFeed => ({
  body,
  contentType: 'application/rss+xml',
  finalUrl: 'https://status.example.com/history.rss',
  fetchedAt: 0,
})

describe('FeedCache', () => {
  it('stays within its byte budget by evicting the least recently used entry (L19)', () => {
    const cache = new FeedCache(10_000)
    for (let index = 0; index < 10_000; index += 1)
      cache.set(`https://v${index}.example/feed`, entry('x'.repeat(1000)))
    expect(cache.totalBytes).toBeLessThanOrEqual(10_000)
    expect(cache.size).toBeGreaterThan(0)
    expect(cache.get('https://v9999.example/feed')).toBeDefined()
    expect(cache.get('https://v0.example/feed')).toBeUndefined()
  })

  it('keeps a recently read entry over an older unread one', () => {
    const size =
      2 * (1000 + 'application/rss+xml'.length + 'https://status.example.com/history.rss'.length) +
      256
    const cache = new FeedCache(size * 2)
    cache.set('a', entry('a'.repeat(1000)))
    cache.set('b', entry('b'.repeat(1000)))
    cache.get('a')
    cache.set('c', entry('c'.repeat(1000)))
    expect(cache.get('a')).toBeDefined()
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('c')).toBeDefined()
  })

  it('does not store a body larger than the whole budget, and replacing counts bytes once', () => {
    const cache = new FeedCache(5_000)
    cache.set('big', entry('x'.repeat(10_000)))
    expect(cache.size).toBe(0)
    cache.set('a', entry('x'))
    const bytes = cache.totalBytes
    cache.set('a', entry('x'))
    expect(cache.totalBytes).toBe(bytes)
  })
})
