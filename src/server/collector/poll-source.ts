import type { FetchPolicy } from '../config'
import { ProxyError } from '../errors'
import { safeFetch } from '../safe-fetch'
import { addCoverage } from '../store/coverage-repo'
import type { Database, Queryable } from '../store/database'
import { ingestBody } from '../store/ingest'
import { recordFailure, recordPoll, type ClaimedSource } from '../store/poll-repo'
import { nextPollAt, retryAt } from './schedule'

export interface PollDeps {
  db: Database
  /** The proxy's fetch rules and host gate: the collector fetches nothing the proxy would not. */
  policy: FetchPolicy
  intervalMs: number
  firstRetryMs: number
  now: () => number
  random: () => number
}

export const POLL_OUTCOMES = ['changed', 'unchanged', 'failed'] as const
export type PollOutcome = (typeof POLL_OUTCOMES)[number]

export const describeFailure = (error: unknown) =>
  error instanceof ProxyError
    ? `${error.kind}: ${error.message}`
    : String((error as Error)?.message ?? error)

/**
 * Polls one leased source: fetch (conditionally), keep the body, parse and merge, and record the
 * outcome with the next poll time, all in one transaction. A failure only records itself.
 */
export async function pollSource(deps: PollDeps, source: ClaimedSource): Promise<PollOutcome> {
  let fetched
  try {
    fetched = await safeFetch(source.url, deps.policy, {
      validators: {
        etag: source.etag ?? undefined,
        lastModified: source.lastModified ?? undefined,
      },
    })
  } catch (error) {
    const retryAfter = error instanceof ProxyError ? error.retryAfterSeconds : undefined
    const next = retryAt(deps.now(), source.failures + 1, retryAfter, deps.firstRetryMs)
    await recordFailure(deps.db, source, describeFailure(error), new Date(deps.now()), next)
    return 'failed'
  }
  const now = new Date(deps.now())
  const next = nextPollAt(deps.now(), deps.intervalMs, deps.random)
  const extendCoverage = async (tx: Queryable) => {
    if (source.feedFrom && source.feedFrom < now) {
      await addCoverage(tx, source.vendorId, source.sourceId, {
        from: source.feedFrom.toISOString(),
        to: now.toISOString(),
      })
    }
  }
  return deps.db.transaction(async (tx): Promise<PollOutcome> => {
    if (fetched.status === 'not_modified') {
      await extendCoverage(tx)
      const validators = { etag: source.etag, lastModified: source.lastModified }
      await recordPoll(tx, source, {
        ...validators,
        feedFrom: null,
        changed: false,
        now,
        nextPollAt: next,
      })
      return 'unchanged'
    }
    const outcome = await ingestBody(tx, {
      vendorId: source.vendorId,
      sourceId: source.sourceId,
      location: source.url,
      body: fetched.body,
      contentType: fetched.contentType,
      fetchedAt: now,
      live: true,
      ...(source.vendorName && { vendorName: source.vendorName }),
    })
    const validators = { etag: fetched.etag ?? null, lastModified: fetched.lastModified ?? null }
    if (outcome.status === 'unreadable') {
      const retry = retryAt(deps.now(), source.failures + 1, undefined, deps.firstRetryMs)
      const error = `unreadable: ${outcome.message}`
      await recordPoll(tx, source, {
        etag: null,
        lastModified: null,
        feedFrom: null,
        changed: false,
        now,
        nextPollAt: retry,
        error,
      })
      return 'failed'
    }
    if (outcome.status === 'unchanged') await extendCoverage(tx)
    const changed = outcome.status === 'parsed' && outcome.counts.added + outcome.counts.updated > 0
    const feedFrom =
      outcome.status === 'parsed' && outcome.feed.coverage.from
        ? new Date(outcome.feed.coverage.from)
        : null
    await recordPoll(tx, source, { ...validators, feedFrom, changed, now, nextPollAt: next })
    return changed ? 'changed' : 'unchanged'
  })
}
