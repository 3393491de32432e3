import type { RateLimitPolicy } from './config'

interface Bucket {
  tokens: number
  updatedAt: number
}

const MAX_TRACKED_CLIENTS = 10_000

/**
 * A token bucket per client address. `take` returns 0 when the request may go ahead, otherwise
 * the seconds until a token is back (the Retry-After value).
 */
export function createRateLimiter(
  { capacity, refillPerMinute }: RateLimitPolicy,
  now: () => number,
) {
  const buckets = new Map<string, Bucket>()
  const perMs = refillPerMinute / 60_000

  const refill = (bucket: Bucket, at: number) => {
    bucket.tokens = Math.min(capacity, bucket.tokens + (at - bucket.updatedAt) * perMs)
    bucket.updatedAt = at
  }

  // Full buckets carry no state worth keeping; dropping them bounds memory under address churn.
  const prune = (at: number) => {
    for (const [client, bucket] of buckets) {
      refill(bucket, at)
      if (bucket.tokens >= capacity) buckets.delete(client)
    }
  }

  return {
    take(client: string, cost = 1): number {
      const at = now()
      if (buckets.size >= MAX_TRACKED_CLIENTS) prune(at)
      let bucket = buckets.get(client)
      if (!bucket) buckets.set(client, (bucket = { tokens: capacity, updatedAt: at }))
      refill(bucket, at)
      if (bucket.tokens >= cost) {
        bucket.tokens -= cost
        return 0
      }
      return Math.max(1, Math.ceil((cost - bucket.tokens) / perMs / 1000))
    },
  }
}
