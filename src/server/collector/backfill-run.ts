import { createBackfill, type BackfillState } from '../../core/backfill/plan'
import { isBackfillComplete } from '../../core/backfill/queue'
import { runBackfill, type BackfillLimits } from '../../core/backfill/run'
import { codesStoredInFull } from '../../core/backfill/stored'
import { parseFeed } from '../../core/parse/index'
import { backfillStateSchema } from '../../features/workspace/backfill/backfill-storage'
import type { FetchPolicy } from '../config'
import { safeFetch } from '../safe-fetch'
import { readIncidents } from '../store/archive-repo'
import {
  finishBackfill,
  releaseBackfill,
  saveBackfillState,
  type ClaimedBackfill,
} from '../store/backfill-repo'
import type { Database } from '../store/database'
import { ingestParsed } from '../store/ingest'
import { backfillRequestSchema } from '../store/workspace-schema'
import { describeFailure } from './poll-source'
import { retryAt } from './schedule'

export interface BackfillRunDeps {
  db: Database
  policy: FetchPolicy
  owner: string
  leaseMs: number
  limits: BackfillLimits
  firstRetryMs: number
  now: () => number
}

export const BACKFILL_OUTCOMES = ['complete', 'incomplete', 'failed', 'stopped'] as const
export type BackfillOutcome = (typeof BACKFILL_OUTCOMES)[number]

const abortError = () =>
  Object.assign(new Error('The backfill was stopped.'), { name: 'AbortError' })

/** The stored state to resume from; a bare request starts a new backfill. */
function resumable(stored: unknown, now: string): BackfillState | null {
  const whole = backfillStateSchema.safeParse(stored)
  if (whole.success) return whole.data
  const request = backfillRequestSchema.safeParse(stored)
  return request.success ? createBackfill(request.data.base, request.data.months, now) : null
}

/**
 * Runs one leased backfill from its stored state with the core's loop: every page and incident is
 * kept as a raw capture and merged like a poll's, and the state is saved (renewing the lease) after
 * each step. It ends complete, or with its error recorded and a retry scheduled with backoff.
 */
export async function runClaimedBackfill(
  deps: BackfillRunDeps,
  claimed: ClaimedBackfill,
  stop: AbortSignal,
): Promise<BackfillOutcome> {
  const { db, owner } = deps
  const iso = () => new Date(deps.now()).toISOString()
  const retry = () => retryAt(deps.now(), claimed.failures + 1, undefined, deps.firstRetryMs)
  const finish = (error: string | null, nextRunAt: Date | null) =>
    finishBackfill(db, claimed, owner, { now: new Date(deps.now()), error, nextRunAt })
  const initial = resumable(claimed.state, iso())
  if (!initial) {
    await finish('The stored backfill state cannot be read; ask for the backfill again.', null)
    return 'failed'
  }
  const controller = new AbortController()
  const onStop = () => controller.abort()
  stop.addEventListener('abort', onStop)
  const { signal } = controller
  const bodies = new Map<string, { body: string; contentType: string }>()
  let leaseLost = false
  const vendor = claimed.vendorName ? { vendor: claimed.vendorName } : {}
  try {
    const state = await runBackfill(
      initial,
      {
        fetchText: async (url) => {
          const fetched = await safeFetch(url, deps.policy, { signal })
          if (fetched.status !== 'ok') throw new Error('The page answered 304 to a plain request.')
          bodies.set(url, { body: fetched.body, contentType: fetched.contentType })
          return { body: fetched.body, fetchedAt: iso() }
        },
        parse: (text, location) => parseFeed(text, { location, ...vendor }),
        store: async (feed, fetchedAt, url) => {
          const fetched = bodies.get(url)
          if (!fetched) throw new Error(`No body was kept for ${url}.`)
          bodies.delete(url)
          const { vendorId, sourceId } = claimed
          const capture = { vendorId, sourceId, ...fetched, location: url, live: false }
          await db.transaction((tx) =>
            ingestParsed(tx, { ...capture, fetchedAt: new Date(fetchedAt) }, feed),
          )
        },
        storedInFull: async () =>
          codesStoredInFull(await readIncidents(db, { vendorId: claimed.vendorId })),
        save: async (next) => {
          const save = () =>
            saveBackfillState(db, claimed, owner, next, new Date(deps.now()), leaseUntil())
          // A workspace write re-creates the row: the first try may miss it, the second sees it.
          if ((await save()) || (await save())) return
          leaseLost = true
          controller.abort()
        },
        sleep: (ms) =>
          new Promise((resolve, reject) => {
            if (signal.aborted) return reject(abortError())
            const timer = setTimeout(resolve, ms)
            signal.addEventListener('abort', () => {
              clearTimeout(timer)
              reject(abortError())
            })
          }),
        now: iso,
      },
      signal,
      deps.limits,
    )
    if (isBackfillComplete(state)) {
      await finish(null, null)
      return 'complete'
    }
    await finish(
      `${state.failed.length} incident(s) could not be fetched; tried again later.`,
      retry(),
    )
    return 'incomplete'
  } catch (error) {
    if (leaseLost) return 'stopped' // another writer owns the row now: nothing to record
    if (signal.aborted) {
      await releaseBackfill(db, claimed, owner)
      return 'stopped'
    }
    await finish(describeFailure(error), retry())
    return 'failed'
  } finally {
    stop.removeEventListener('abort', onStop)
  }

  function leaseUntil() {
    return new Date(deps.now() + deps.leaseMs)
  }
}
