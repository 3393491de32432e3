import type { Coding } from './compression'
import { compress } from './compression'
import type { CachedFeed } from './feed-cache'
import type { FeedResult } from './feed-service'

interface Encoded {
  /** The body as a JSON string literal, serialised once per cached entry. */
  bodyJson: Buffer
  /** Compressed envelopes by coding and head; the head changes once a second at most (its age). */
  compressed: Map<string, Promise<Buffer>>
  /** The last whole envelope and its head: hits within the same second share it, uncopied. */
  last?: { head: string; bytes: Buffer }
}

const encodedEntries = new WeakMap<CachedFeed, Encoded>()
const CLOSE = Buffer.from('}')

function encodedOf(entry: CachedFeed): Encoded {
  let encoded = encodedEntries.get(entry)
  if (!encoded) {
    encoded = { bodyJson: Buffer.from(JSON.stringify(entry.body)), compressed: new Map() }
    encodedEntries.set(entry, encoded)
  }
  return encoded
}

/**
 * The `/api/feed` envelope for a cached feed. A hit re-serialises only the small head; the body's
 * JSON and its compressed forms are made once per entry (and age), not once per request.
 */
export function createEnvelope(requested: string, { entry, cacheStatus }: FeedResult, now: number) {
  const head = JSON.stringify({
    url: requested,
    finalUrl: entry.finalUrl,
    contentType: entry.contentType,
    fetchedAt: new Date(entry.fetchedAt).toISOString(),
    stale: cacheStatus === 'STALE',
    ageSeconds: Math.max(0, Math.floor((now - entry.fetchedAt) / 1000)),
  })
  const encoded = encodedOf(entry)
  if (encoded.last?.head !== head) {
    const bytes = Buffer.concat([
      Buffer.from(`${head.slice(0, -1)},"body":`),
      encoded.bodyJson,
      CLOSE,
    ])
    encoded.last = { head, bytes }
  }
  const { bytes } = encoded.last
  const encode = (coding: Coding): Promise<Buffer> => {
    const key = `${coding} ${head}`
    let compressed = encoded.compressed.get(key)
    if (!compressed) {
      if (encoded.compressed.size >= 8) encoded.compressed.clear()
      compressed = compress(bytes, coding, 'fast')
      encoded.compressed.set(key, compressed)
    }
    return compressed
  }
  return { bytes, encode }
}
