import { randomInt } from 'node:crypto'

/** Spreads polls over ±10 % of the interval so many sources (and processes) do not fire together. */
export function nextPollAt(now: number, intervalMs: number, random: () => number): Date {
  return new Date(now + intervalMs * (0.9 + 0.2 * random()))
}

/** A uniform fraction in [0, 1) for the jitter; tests inject their own. */
export const jitterFraction = () => randomInt(1_000_000) / 1_000_000

export const FIRST_RETRY_MS = 30_000
const MAX_RETRY_MS = 6 * 60 * 60_000

/**
 * When a failing source is tried again: 30 s after the first failure, doubling each time up to six
 * hours, never sooner than the upstream's Retry-After.
 */
export function retryAt(
  now: number,
  failures: number,
  retryAfterSeconds: number | undefined,
  firstRetryMs = FIRST_RETRY_MS,
): Date {
  const backoff = Math.min(firstRetryMs * 2 ** Math.max(0, failures - 1), MAX_RETRY_MS)
  return new Date(now + Math.max(backoff, (retryAfterSeconds ?? 0) * 1000))
}
