import type { ParsedFeed } from '../model'
import { nextHistoryPage, recordHistoryPage, type BackfillState } from './plan'
import { incidentsToFetch, recordIncident, retryFailed } from './queue'
import { historyPageUrl, incidentJsonUrl } from './urls'

/** An AbortSignal as far as the run reads it (the core is compiled without the DOM library). */
export interface CancelSignal {
  readonly aborted: boolean
}

/**
 * Everything a backfill does to the world, given by the browser (proxy, IndexedDB) or the CLI.
 * fetchText and sleep reject with an AbortError once the run's signal is aborted.
 */
export interface BackfillDeps {
  fetchText: (url: string) => Promise<{ body: string; fetchedAt: string }>
  /** A parse outcome; any failure (a parse error, a time budget) needs only its words. */
  parse: (
    text: string,
    location: string,
  ) =>
    | Promise<{ ok: true; feed: ParsedFeed } | { ok: false; error: { message: string } }>
    | { ok: true; feed: ParsedFeed }
    | { ok: false; error: { message: string } }
  /** Puts what one request brought into the archive at once. */
  store: (feed: ParsedFeed, fetchedAt: string, url: string) => Promise<void>
  /** Codes (lower case) already stored in full, asked before incidents are fetched. */
  storedInFull: () => Promise<ReadonlySet<string>>
  /** Called after every step with the new state, to persist it and show progress. */
  save: (state: BackfillState) => void | Promise<void>
  sleep: (ms: number) => Promise<void>
  now: () => string
}

export interface BackfillLimits {
  /** Requests at a time to the page's host. */
  concurrency: number
  /** Pause between history pages. */
  pageDelayMs: number
  /** Attempts per request, and the pause before the second (doubling after). */
  attempts: number
  retryDelayMs: number
  /** Least time between two request starts, so the proxy's per-client limit is never reached. */
  requestIntervalMs: number
}

export const BACKFILL_LIMITS: BackfillLimits = {
  concurrency: 2,
  pageDelayMs: 1000,
  attempts: 3,
  retryDelayMs: 2000,
  requestIntervalMs: 600,
}

class BackfillPageError extends Error {
  override name = 'BackfillPageError'
}

const isAbort = (error: unknown) => error instanceof Error && error.name === 'AbortError'

/** Spaces request starts `intervalMs` apart, over every worker of one run. */
function createPacer(deps: BackfillDeps, intervalMs: number) {
  let next = 0
  return async () => {
    const now = Date.parse(deps.now())
    const wait = next - now
    next = Math.max(now, next) + intervalMs
    if (wait > 0) await deps.sleep(wait)
  }
}

async function fetchFeed(
  deps: BackfillDeps,
  limits: BackfillLimits,
  pace: () => Promise<void>,
  url: string,
  signal: CancelSignal,
): Promise<{ feed: ParsedFeed; fetchedAt: string }> {
  let lastError: unknown
  for (let attempt = 0; attempt < limits.attempts; attempt++) {
    if (attempt > 0) await deps.sleep(limits.retryDelayMs * 2 ** (attempt - 1))
    try {
      await pace()
      const fetched = await deps.fetchText(url)
      const outcome = await deps.parse(fetched.body, url)
      if (!outcome.ok) throw new Error(outcome.error.message)
      return { feed: outcome.feed, fetchedAt: fetched.fetchedAt }
    } catch (error) {
      if (isAbort(error) || signal.aborted) throw error
      lastError = error
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError))
}

/**
 * Runs a backfill from where `state` stands: history pages one at a time with a pause between,
 * then each queued incident not already stored in full, `concurrency` at a time. Every result is
 * stored and the state saved at once, so a cancel (abort) or a failure loses nothing. A page that
 * keeps failing stops the run (BackfillPageError); an incident that keeps failing is set aside.
 */
export async function runBackfill(
  initial: BackfillState,
  deps: BackfillDeps,
  signal: CancelSignal,
  limits: BackfillLimits = BACKFILL_LIMITS,
): Promise<BackfillState> {
  let state = retryFailed(initial)
  const pace = createPacer(deps, limits.requestIntervalMs)
  const update = async (next: BackfillState) => {
    state = next
    await deps.save(state)
  }
  let first = true
  for (let page = nextHistoryPage(state, deps.now()); page !== null;) {
    if (!first) await deps.sleep(limits.pageDelayMs)
    first = false
    const url = historyPageUrl(state.base, page)
    const { feed, fetchedAt } = await fetchFeed(deps, limits, pace, url, signal).catch(
      (error: unknown) => {
        if (isAbort(error) || signal.aborted) throw error
        const reason = error instanceof Error ? error.message : String(error)
        throw new BackfillPageError(`History page ${page} could not be fetched: ${reason}`)
      },
    )
    await deps.store(feed, fetchedAt, url)
    await update(
      recordHistoryPage(state, { page, coverage: feed.coverage, incidents: feed.incidents }),
    )
    page = nextHistoryPage(state, deps.now())
  }
  const stored = await deps.storedInFull()
  for (const code of state.pending.filter((c) => stored.has(c.toLowerCase())))
    await update(recordIncident(state, code, 'fetched'))
  const queue = incidentsToFetch(state, stored)
  const worker = async () => {
    for (let code = queue.shift(); code !== undefined; code = queue.shift()) {
      if (signal.aborted) return
      const url = incidentJsonUrl(state.base, code)
      try {
        const { feed, fetchedAt } = await fetchFeed(deps, limits, pace, url, signal)
        await deps.store(feed, fetchedAt, url)
        await update(recordIncident(state, code, 'fetched'))
      } catch (error) {
        if (isAbort(error) || signal.aborted) return
        await update(recordIncident(state, code, 'failed'))
      }
    }
  }
  await Promise.all(Array.from({ length: limits.concurrency }, worker))
  if (signal.aborted) throw abortError()
  return state
}

function abortError(): Error {
  const error = new Error('The backfill was cancelled.')
  error.name = 'AbortError'
  return error
}
