import { claimDueBackfills } from '../store/backfill-repo'
import type { Store } from '../store/store'
import { runClaimedBackfill, type BackfillOutcome, type BackfillRunDeps } from './backfill-run'

export interface BackfillRunnerOptions extends Omit<BackfillRunDeps, 'db'> {
  /** Backfills this process runs at once; each may take minutes, beside the polls. */
  maxRuns: number
  log: (entry: Record<string, unknown>) => void
}

/**
 * Starts due backfills in the background (a backfill outlasts a poll cycle), each leased in the
 * database so only one process runs it; stop() ends them at their next step and gives them back.
 */
export function createBackfillRunner(options: BackfillRunnerOptions) {
  const running = new Set<Promise<void>>()
  const stopping = new AbortController()
  const outcomes: Record<BackfillOutcome, number> = {
    complete: 0,
    incomplete: 0,
    failed: 0,
    stopped: 0,
  }

  async function startDue(store: Store): Promise<number> {
    const free = options.maxRuns - running.size
    if (free <= 0 || stopping.signal.aborted) return 0
    const at = options.now()
    const lease = { owner: options.owner, now: new Date(at), until: new Date(at + options.leaseMs) }
    const claimed = await claimDueBackfills(store.db, lease, free)
    for (const backfill of claimed) {
      const run = runClaimedBackfill({ ...options, db: store.db }, backfill, stopping.signal)
        .then((outcome) => void (outcomes[outcome] += 1))
        .catch((error: unknown) => {
          // The store went away mid-run: the lease lapses and a later cycle resumes it.
          outcomes.failed += 1
          options.log({ level: 'error', backfill: backfill.sourceId, error: String(error) })
        })
        .finally(() => running.delete(run))
      running.add(run)
    }
    return claimed.length
  }

  return {
    startDue,
    /** Resolves when every run started so far has ended. */
    settled: async () => void (await Promise.all([...running])),
    outcomes: () => ({ ...outcomes }),
    running: () => running.size,
    async stop() {
      stopping.abort()
      await Promise.all([...running])
    },
  }
}

export type BackfillRunner = ReturnType<typeof createBackfillRunner>
