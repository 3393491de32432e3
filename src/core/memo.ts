/** A cache that keeps at most `limit` entries per owner, forgetting the least recently used first. */
export interface MemoCache<V> {
  /**
   * The value remembered under `key` (and `owner`, when given), else `compute()`, remembered.
   * Keys that are not strings are compared by their JSON text.
   */
  get(key: unknown, compute: () => V, owner?: object): V
  /** The value remembered under `key` (and `owner`), if any; computes nothing. */
  peek(key: unknown, owner?: object): V | undefined
}

export interface MemoOptions {
  /** Entries kept per owner (or in all, without owners); at least 1. */
  limit: number
}

const keyText = (key: unknown): string => (typeof key === 'string' ? key : JSON.stringify(key))

interface Lru<V> {
  get(key: string, compute: () => V): V
  peek(key: string): V | undefined
}

function createLru<V>(limit: number): Lru<V> {
  const entries = new Map<string, V>()
  // The most recently used key: a hit on it is already in place (never evicted: eviction takes the oldest).
  let newest: string | undefined
  return {
    get(key, compute) {
      if (key === newest) return entries.get(key) as V
      if (entries.has(key)) {
        const value = entries.get(key) as V
        // Re-inserting moves the entry to the end: the Map's order is the order of use.
        entries.delete(key)
        entries.set(key, value)
        newest = key
        return value
      }
      const value = compute()
      entries.set(key, value)
      newest = key
      if (entries.size > limit) entries.delete(entries.keys().next().value as string)
      return value
    },
    peek: (key) => entries.get(key),
  }
}

/**
 * Remembers computed values by key, optionally per owner object: an owner's entries go when the
 * owner is collected, so results over an immutable list (an incident list) live as long as it does.
 */
export function createMemoCache<V>({ limit }: MemoOptions): MemoCache<V> {
  if (!(limit >= 1)) throw new RangeError(`A memo cache needs a limit of at least 1, not ${limit}.`)
  const owned = new WeakMap<object, Lru<V>>()
  const unowned = createLru<V>(limit)
  const lruOf = (owner: object | undefined): Lru<V> => {
    if (owner === undefined) return unowned
    let lru = owned.get(owner)
    if (!lru) {
      lru = createLru<V>(limit)
      owned.set(owner, lru)
    }
    return lru
  }
  return {
    get: (key, compute, owner) => lruOf(owner).get(keyText(key), compute),
    peek: (key, owner) =>
      owner === undefined ? unowned.peek(keyText(key)) : owned.get(owner)?.peek(keyText(key)),
  }
}

export interface MemoizeOptions<A extends readonly unknown[]> extends MemoOptions {
  /** What tells calls apart (besides the owner); compared by its JSON text unless a string. */
  key: (...args: A) => unknown
  /** The object the results belong to, held weakly; results are kept per owner. */
  owner?: (...args: A) => object
}

/** `compute`, remembering its results by `key` (and `owner`) as a createMemoCache does. */
export function createMemo<A extends readonly unknown[], V>(
  compute: (...args: A) => V,
  { key, owner, ...options }: MemoizeOptions<A>,
): (...args: A) => V {
  const cache = createMemoCache<V>(options)
  return (...args) => cache.get(key(...args), () => compute(...args), owner?.(...args))
}
