/** One cached upstream body and what is needed to revalidate it. */
export interface CachedFeed {
  body: string
  contentType: string
  finalUrl: string
  /** Epoch ms of the last upstream answer (200 or 304). */
  fetchedAt: number
  etag?: string
  lastModified?: string
}

/** Strings are UTF-16 in memory: two bytes a code unit, plus the small fields. */
const sizeOf = (entry: CachedFeed): number =>
  2 * (entry.body.length + entry.contentType.length + entry.finalUrl.length) + 256

/** An in-memory LRU bounded by bytes; a Map keeps insertion order, so re-inserting marks use. */
export class FeedCache {
  private readonly entries = new Map<string, CachedFeed>()
  private bytes = 0
  /** The most recently used key: a hit on it needs no re-insert (each one churns the Map's table). */
  private newest: string | undefined

  constructor(private readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size
  }

  get totalBytes(): number {
    return this.bytes
  }

  get(key: string): CachedFeed | undefined {
    const entry = this.entries.get(key)
    if (!entry || key === this.newest) return entry
    this.entries.delete(key)
    this.entries.set(key, entry)
    this.newest = key
    return entry
  }

  set(key: string, entry: CachedFeed): void {
    this.delete(key)
    const size = sizeOf(entry)
    if (size > this.maxBytes) return
    this.entries.set(key, entry)
    this.newest = key
    this.bytes += size
    for (const [oldestKey] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.delete(oldestKey)
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    if (key === this.newest) this.newest = undefined
    this.bytes -= sizeOf(entry)
  }
}
