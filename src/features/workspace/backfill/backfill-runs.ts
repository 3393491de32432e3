import { createBackfill, extendBackfill, type BackfillState } from '../../../core/backfill/plan'
import { runBackfill, BACKFILL_LIMITS, type BackfillLimits } from '../../../core/backfill/run'
import { codesStoredInFull } from '../../../core/backfill/stored'
import type { Archive } from '../archive/archive-types'
import { fetchSourceText } from '../loading/fetch-source-text'
import { parseOffThread } from '../loading/parse-off-thread'
import { createBackfillStorage, type BackfillStorage } from './backfill-storage'

/** One vendor's backfill as the screens show it. */
export interface BackfillRun {
  sourceId: string
  state: BackfillState
  running: boolean
  /** Why the last run stopped early, in words; null when it finished or was cancelled. */
  error: string | null
  cancelled: boolean
}

export interface StartBackfill {
  archive: Archive
  vendorId: string
  /** The history.json source the pages and incidents are stored under. */
  sourceId: string
  base: string
  /** The span to reach; null resumes the saved one as it was. */
  months: number | null
  /** Told when the vendor's stored history changed, so the screens read it again. */
  onHistory: () => void
}

const abortError = () => Object.assign(new Error('Cancelled.'), { name: 'AbortError' })

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError())
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => {
      clearTimeout(timer)
      reject(abortError())
    })
  })
}

/** Stored history changes with every request; the screens re-read it at most once a second. */
function throttled(notify: () => void, delayMs: number) {
  let timer: ReturnType<typeof setTimeout> | null = null
  return () => {
    timer ??= setTimeout(() => {
      timer = null
      notify()
    }, delayMs)
  }
}

/** Every vendor's backfill: started, cancelled and resumed here, saved after every step. */
export function createBackfillRuns(
  storage: BackfillStorage = createBackfillStorage(),
  limits: BackfillLimits = BACKFILL_LIMITS,
) {
  const runs = new Map<string, BackfillRun>()
  const controllers = new Map<string, AbortController>()
  const listeners = new Set<() => void>()
  let snapshot: ReadonlyMap<string, BackfillRun> = new Map()

  const set = (vendorId: string, run: BackfillRun) => {
    runs.set(vendorId, run)
    snapshot = new Map(runs)
    for (const listener of listeners) listener()
  }

  /** The saved run of a vendor, even when none ran in this tab. */
  const get = (vendorId: string): BackfillRun | null => {
    const live = runs.get(vendorId)
    if (live) return live
    const saved = storage.get(vendorId)
    return saved
      ? {
          sourceId: saved.sourceId,
          state: saved.state,
          running: false,
          error: null,
          cancelled: false,
        }
      : null
  }

  const start = async ({ archive, vendorId, sourceId, base, months, onHistory }: StartBackfill) => {
    if (controllers.has(vendorId)) return
    const now = new Date().toISOString()
    const saved = get(vendorId)
    const same = saved && saved.sourceId === sourceId && saved.state.base === base
    const initial = same
      ? months === null
        ? saved.state
        : extendBackfill(saved.state, months, now)
      : createBackfill(base, months ?? 12, now)
    const controller = new AbortController()
    controllers.set(vendorId, controller)
    let current: BackfillRun = {
      sourceId,
      state: initial,
      running: true,
      error: null,
      cancelled: false,
    }
    set(vendorId, current)
    storage.put(vendorId, sourceId, initial)
    const { signal } = controller
    const stored = throttled(onHistory, 1000)
    try {
      const state = await runBackfill(
        initial,
        {
          fetchText: (url) => fetchSourceText({ kind: 'url', url }, signal),
          parse: (text, location) => parseOffThread(text, { location }),
          store: async (feed, fetchedAt) => {
            await archive.mergeLoad(vendorId, sourceId, feed, fetchedAt)
            stored()
          },
          storedInFull: async () => {
            const history = await archive.readVendor(vendorId)
            return codesStoredInFull([...history.incidentsBySource.values()].flat())
          },
          save: (state) => {
            storage.put(vendorId, sourceId, state)
            current = { ...current, state }
            set(vendorId, current)
          },
          sleep: (ms) => abortableSleep(ms, signal),
          now: () => new Date().toISOString(),
        },
        signal,
        limits,
      )
      current = { ...current, state, running: false }
    } catch (error) {
      const cancelled = error instanceof Error && error.name === 'AbortError'
      const message = error instanceof Error ? error.message : String(error)
      current = { ...current, running: false, cancelled, error: cancelled ? null : message }
    } finally {
      controllers.delete(vendorId)
      set(vendorId, current)
      onHistory()
    }
  }

  return {
    start,
    cancel: (vendorId: string) => controllers.get(vendorId)?.abort(),
    forget: (vendorId: string) => {
      controllers.get(vendorId)?.abort()
      runs.delete(vendorId)
      storage.remove(vendorId)
      snapshot = new Map(runs)
      for (const listener of listeners) listener()
    },
    get,
    subscribe: (listener: () => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    snapshot: () => snapshot,
  }
}
