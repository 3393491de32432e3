import type { Coding } from './compression'
import { compress } from './compression'
import type { CachedFeed } from './feed-cache'
import type { FeedResult } from './feed-service'

/** The bytes of one `/api/feed` answer, and the same compressed (made once, then shared). */
export interface Envelope {
  bytes: Buffer
  encode: (coding: Coding) => Promise<Buffer>
}

interface Encoded {
  /** The body as a JSON string literal, serialised once per cached entry. */
  bodyJson: Buffer
  /** Compressed envelopes by coding and head; the head changes once a second at most (its age). */
  compressed: Map<string, Promise<Buffer>>
  /** The last envelope and what its head depends on: hits within the same second share it. */
  last?: { requested: string; stale: boolean; ageSeconds: number; envelope: Envelope }
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

function compressedOf(encoded: Encoded, head: string, bytes: Buffer, coding: Coding) {
  const key = `${coding} ${head}`
  let compressed = encoded.compressed.get(key)
  if (!compressed) {
    if (encoded.compressed.size >= 8) encoded.compressed.clear()
    compressed = compress(bytes, coding, 'fast')
    encoded.compressed.set(key, compressed)
  }
  return compressed
}

/**
 * The `/api/feed` envelope for a cached feed. The body's JSON is made once per entry; the head,
 * the whole envelope and its compressed forms once per entry, requested URL and age (a second),
 * so a cache hit usually serialises, copies and allocates nothing.
 */
export function createEnvelope(
  requested: string,
  { entry, cacheStatus }: FeedResult,
  now: number,
): Envelope {
  const stale = cacheStatus === 'STALE'
  const ageSeconds = Math.max(0, Math.floor((now - entry.fetchedAt) / 1000))
  const encoded = encodedOf(entry)
  const { last } = encoded
  if (last?.requested === requested && last.stale === stale && last.ageSeconds === ageSeconds) {
    return last.envelope
  }
  const head = JSON.stringify({
    url: requested,
    finalUrl: entry.finalUrl,
    contentType: entry.contentType,
    fetchedAt: new Date(entry.fetchedAt).toISOString(),
    stale,
    ageSeconds,
  })
  const bytes = Buffer.concat([
    Buffer.from(`${head.slice(0, -1)},"body":`),
    encoded.bodyJson,
    CLOSE,
  ])
  const envelope: Envelope = {
    bytes,
    encode: (coding) => compressedOf(encoded, head, bytes, coding),
  }
  encoded.last = { requested, stale, ageSeconds, envelope }
  return envelope
}
