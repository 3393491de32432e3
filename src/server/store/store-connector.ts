import { isUnavailable } from './database'
import type { Store } from './store'

export const STORE_STATES = ['connecting', 'ready', 'unavailable', 'closed'] as const
export type StoreState = (typeof STORE_STATES)[number]

export interface StoreConnector {
  /** The open store, or undefined while it cannot be reached. */
  current(): Store | undefined
  state(): { state: StoreState; message: string | null }
  /** Resolves once the first attempt has finished, whatever its outcome. */
  firstAttempt: Promise<void>
  close(): Promise<void>
}

/**
 * Opens the store and, while the database cannot be reached, keeps trying every `retryMs`: the
 * server starts and answers 503 meanwhile, and the collector begins once it is there.
 */
export function connectStore(
  open: () => Promise<Store>,
  options: {
    retryMs?: number
    log?: (entry: Record<string, unknown>) => void
    /** The first attempt waits for this (the server listening first, so it answers at once). */
    after?: Promise<unknown>
  } = {},
): StoreConnector {
  const retryMs = options.retryMs ?? 2_000
  let store: Store | undefined
  let state: StoreState = 'connecting'
  let message: string | null = null
  let timer: NodeJS.Timeout | undefined

  async function attempt(): Promise<void> {
    try {
      const opened = await open()
      if (state === 'closed') return void (await opened.close())
      store = opened
      state = 'ready'
      message = null
      options.log?.({ level: 'info', message: 'store ready', kind: opened.db.kind })
    } catch (error) {
      if (state === 'closed') return
      state = 'unavailable'
      message = (error as Error)?.message ?? String(error)
      options.log?.({ level: 'error', store: message, retryInSeconds: retryMs / 1000 })
      if (!isUnavailable(error)) return // a broken schema or bad setting: retrying will not help
      timer = setTimeout(() => void attempt(), retryMs)
      timer.unref?.()
    }
  }

  return {
    current: () => store,
    state: () => ({ state, message }),
    firstAttempt: options.after ? options.after.then(attempt) : attempt(),
    async close() {
      state = 'closed'
      clearTimeout(timer)
      await store?.close()
      store = undefined
    },
  }
}

/** A connector over a store that is already open (tests, the CLI). */
export function connectedStore(store: Store): StoreConnector {
  return {
    current: () => store,
    state: () => ({ state: 'ready', message: null }),
    firstAttempt: Promise.resolve(),
    close: () => store.close(),
  }
}
