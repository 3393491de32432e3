import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import { BACKFILL_LIMITS, type BackfillLimits } from '../../core/backfill/run'
import type { FetchPolicy } from '../config'
import { createHostGate } from '../host-gate'
import { isUnavailable } from '../store/database'
import { claimDueSources } from '../store/poll-repo'
import type { Store } from '../store/store'
import type { BackfillOutcome } from './backfill-run'
import { createBackfillRunner } from './backfill-runner'
import { pollSource, type PollOutcome } from './poll-source'
import { FIRST_RETRY_MS, jitterFraction } from './schedule'

export interface CollectorOptions {
  /** The store when it is reachable; undefined while it is not (the collector waits). */
  store: () => Store | undefined
  fetch: FetchPolicy
  intervalSeconds: number
  /** Sources polled at once by this process; the host gate still allows one request per host. */
  concurrency?: number
  /** How long a claimed source stays leased: past it, another process may poll it. */
  leaseMs?: number
  firstRetryMs?: number
  /** Backfills run at once by this process (default 1), and the core's pacing for them. */
  maxBackfills?: number
  backfillLimits?: BackfillLimits
  /** Identifies this process in leases and in /api/health. */
  owner?: string
  log?: (entry: Record<string, unknown>) => void
  now?: () => number
  random?: () => number
}

export interface CollectorStatus {
  owner: string
  running: boolean
  intervalSeconds: number
  lastCycleAt: string | null
  /** Set while the last cycle could not reach the store; cleared by the next good one. */
  lastError: string | null
  polls: Record<PollOutcome, number>
  /** How this process's backfill runs ended, and how many run now. */
  backfills: Record<BackfillOutcome, number> & { running: number }
}

/**
 * Polls every due source of the workspace, on its own schedule, in the background. Each source is
 * leased in the database first, so processes sharing one PostgreSQL never poll a source together.
 */
export function createCollector(options: CollectorOptions) {
  const now = options.now ?? Date.now
  const log = options.log ?? (() => {})
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`
  const intervalMs = options.intervalSeconds * 1000
  const concurrency = options.concurrency ?? 16
  // A fetch, redirects included, ends by totalTimeoutMs; the margin covers parsing and the write.
  const leaseMs = options.leaseMs ?? options.fetch.totalTimeoutMs + 30_000
  // Checking for due sources is one cheap query; a 20th of the interval keeps jitter meaningful.
  const tickMs = Math.min(5_000, Math.max(100, intervalMs / 20))
  const hostGate = createHostGate({ concurrency: 1, maxRetryAfterSeconds: 3_600, now })
  const policy: FetchPolicy = { ...options.fetch, hostGate }
  const status: CollectorStatus = {
    owner,
    running: false,
    intervalSeconds: options.intervalSeconds,
    lastCycleAt: null,
    lastError: null,
    polls: { changed: 0, unchanged: 0, failed: 0 },
    backfills: { complete: 0, incomplete: 0, failed: 0, stopped: 0, running: 0 },
  }
  const limits = options.backfillLimits ?? BACKFILL_LIMITS
  const firstRetryMs = options.firstRetryMs ?? FIRST_RETRY_MS
  const backfills = createBackfillRunner({
    policy,
    owner,
    // Saved after every step; one step is a request with its retries and pauses.
    leaseMs: limits.attempts * leaseMs + limits.pageDelayMs,
    limits,
    firstRetryMs,
    now,
    maxRuns: options.maxBackfills ?? 1,
    log,
  })
  let timer: NodeJS.Timeout | undefined
  let cycle: Promise<number> | undefined

  /** Claims and polls what is due now; resolves with how many sources were polled. */
  async function runCycle(): Promise<number> {
    const store = options.store()
    if (!store) {
      status.lastError = 'The store is unavailable.'
      return 0
    }
    let polled = 0
    try {
      for (;;) {
        const at = now()
        const claimed = await claimDueSources(
          store.db,
          owner,
          new Date(at),
          new Date(at + leaseMs),
          concurrency,
        )
        const deps = {
          db: store.db,
          policy,
          intervalMs,
          firstRetryMs,
          now,
          random: options.random ?? jitterFraction,
        }
        const outcomes = await Promise.all(claimed.map((source) => pollSource(deps, source)))
        for (const outcome of outcomes) status.polls[outcome] += 1
        polled += claimed.length
        if (claimed.length < concurrency) break
      }
      await backfills.startDue(store)
      status.lastError = null
    } catch (error) {
      status.lastError = isUnavailable(error)
        ? `The store is unavailable: ${(error as Error).message}`
        : String((error as Error)?.message ?? error)
      log({ level: 'error', collector: status.lastError })
    }
    status.lastCycleAt = new Date(now()).toISOString()
    return polled
  }

  const schedule = () => {
    if (!status.running) return
    timer = setTimeout(() => {
      cycle = runCycle().finally(() => {
        cycle = undefined
        schedule()
      })
    }, tickMs)
    timer.unref?.()
  }

  return {
    owner,
    status: (): CollectorStatus => ({
      ...status,
      polls: { ...status.polls },
      backfills: { ...backfills.outcomes(), running: backfills.running() },
    }),
    runCycle,
    /** Resolves when the backfills started so far have ended (tests). */
    backfillsSettled: backfills.settled,
    start() {
      if (status.running) return
      status.running = true
      schedule()
    },
    /** Stops scheduling and waits for a cycle in progress to finish its transactions. */
    async stop() {
      status.running = false
      clearTimeout(timer)
      await cycle?.catch(() => {})
      await backfills.stop()
    },
  }
}
