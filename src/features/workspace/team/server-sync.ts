import { serverHistoryFeeds } from '../../../core/api/server-history'
import type { Archive } from '../archive/archive-types'
import type { SettingsStore } from '../settings/settings-store'
import type { VendorConfig } from '../settings/settings-schema'
import { createHistorySubmission } from './history-submission'
import { uploadOffered } from './server-history'
import {
  asRequests,
  holdsBackfill,
  withBackfillRequest,
  type BackfillRequest,
  type WorkspaceDraft,
} from './server-backfill'
import { ServerError, serverApi, serverToken, type ServerWorkspace } from './server-client'

/** The archive source under which the server's merged history is cached in this browser. */
export const SERVER_SOURCE_ID = 'server'
const FIRST_RETRY_MS = 2_000

export const SYNC_STATES = ['connecting', 'local', 'online', 'signin', 'unavailable'] as const
export type SyncState = (typeof SYNC_STATES)[number]

/** How a write to the shared workspace ended, in words when it did not. */
export type ServerWrite = { ok: true } | { ok: false; message: string }

export interface SyncStatus {
  state: SyncState
  message: string | null
  /** Set after a stale write: the newer workspace is shown instead. */
  conflict: string | null
  /** This browser's own vendors that the server lacks, offered for upload once. */
  uploadOffer: VendorConfig[]
}

/**
 * The server as the source of truth: its workspace replaces this browser's, its history is cached in
 * the browser's archive (IndexedDB), and local vendor edits are written back over the version read.
 * With no store on the server (404) the app stays as it was: local only.
 */
export function createServerSync(options: {
  settings: SettingsStore
  archive: Archive
  onHistory: () => void
  refreshMs?: number
}) {
  const { settings, archive } = options
  const listeners = new Set<() => void>()
  let status: SyncStatus = { state: 'connecting', message: null, conflict: null, uploadOffer: [] }
  let version = 0
  let backfill: ServerWorkspace['backfill'] = []
  let lastSynced = ''
  let applying = false
  let timer: ReturnType<typeof setInterval> | undefined
  // A store that is down (or still opening after a server start) is asked again soon, then less often.
  let retry: ReturnType<typeof setTimeout> | undefined
  let retryMs = FIRST_RETRY_MS
  const refreshMs = options.refreshMs ?? 60_000
  let stopped = false
  let firstPull = true
  const { sendOwnParsing, sendAll } = createHistorySubmission(archive)
  // One write at a time: each names the version the one before it left.
  let writes: Promise<unknown> = Promise.resolve()
  const serially = <T>(write: () => Promise<T>): Promise<T> => {
    const next = writes.then(write, write)
    writes = next.catch(() => undefined)
    return next
  }

  const set = (change: Partial<SyncStatus>) => {
    status = { ...status, ...change }
    for (const listener of listeners) listener()
  }

  const fail = (error: unknown) => {
    if (!(error instanceof ServerError)) throw error
    if (error.failure === 'absent') return set({ state: 'local', message: null })
    set({ state: error.failure === 'signin' ? 'signin' : 'unavailable', message: error.message })
  }

  function adopt(vendors: VendorConfig[], nextVersion: number) {
    version = nextVersion
    lastSynced = JSON.stringify(vendors)
    applying = true
    try {
      settings.update((current) => ({ ...current, vendors, demoLoaded: true }))
    } finally {
      applying = false
    }
  }

  async function pull() {
    try {
      const workspace = await serverApi.workspace()
      if (firstPull && !uploadOffered.get()) {
        const known = new Set(workspace.vendors.map((vendor) => vendor.id))
        const own = settings.get().vendors.filter((v) => !v.demo && !known.has(v.id))
        set({ uploadOffer: own })
      }
      firstPull = false
      backfill = workspace.backfill
      adopt(workspace.vendors, workspace.version)
      for (const vendor of workspace.vendors) {
        await sendOwnParsing(vendor)
        const history = await serverApi.history(vendor.id)
        for (const feed of serverHistoryFeeds(history)) {
          await archive.mergeLoad(vendor.id, SERVER_SOURCE_ID, feed, new Date().toISOString())
        }
      }
      options.onHistory()
      retryMs = FIRST_RETRY_MS
      set({ state: 'online', message: null })
    } catch (error) {
      fail(error)
      if (status.state !== 'unavailable' || stopped) return
      clearTimeout(retry)
      retry = setTimeout(() => void pull(), retryMs)
      retryMs = Math.min(retryMs * 2, refreshMs)
    }
  }

  const push = (vendors: VendorConfig[]) => serially(() => pushNow(vendors))

  async function pushNow(vendors: VendorConfig[]) {
    try {
      const saved = await serverApi.saveWorkspace({
        version,
        vendors,
        backfill: asRequests(backfill),
      })
      version = saved.version
      backfill = saved.backfill
      lastSynced = JSON.stringify(saved.vendors)
      set({ conflict: null })
      for (const vendor of saved.vendors) await sendOwnParsing(vendor)
    } catch (error) {
      if (error instanceof ServerError && error.failure === 'conflict' && error.current) {
        adopt(error.current.vendors, error.current.version)
        return set({
          conflict: 'Someone else changed the workspace first; you now see their version.',
        })
      }
      fail(error)
    }
  }

  /**
   * A change to the shared workspace as it stands (this browser's vendors, the backfills as
   * requests), written over the version read; a stale write re-reads the workspace and tries once more.
   */
  const amend = (change: (draft: WorkspaceDraft) => WorkspaceDraft) =>
    serially(async (): Promise<WorkspaceDraft> => {
      const write = () =>
        serverApi.saveWorkspace({
          version,
          ...change({ vendors: settings.get().vendors, backfill: asRequests(backfill) }),
        })
      let saved: ServerWorkspace
      try {
        saved = await write()
      } catch (error) {
        if (!(error instanceof ServerError && error.failure === 'conflict')) throw error
        const current = await serverApi.workspace()
        backfill = current.backfill
        adopt(current.vendors, current.version)
        saved = await write()
      }
      backfill = saved.backfill
      if (JSON.stringify(saved.vendors) === JSON.stringify(settings.get().vendors)) {
        version = saved.version
        lastSynced = JSON.stringify(saved.vendors)
      } else adopt(saved.vendors, saved.version)
      return saved
    })

  const unsubscribe = settings.subscribe(() => {
    if (applying || status.state !== 'online') return
    const vendors = settings.get().vendors
    if (JSON.stringify(vendors) !== lastSynced) void push(vendors)
  })

  return {
    status: () => status,
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    start() {
      void pull()
      timer = setInterval(() => {
        if (status.state === 'online' || status.state === 'unavailable') void pull()
      }, refreshMs)
    },
    /** Reads the server's workspace and history now instead of at the next refresh. */
    refresh: () => pull(),
    async signIn(token: string) {
      serverToken.set(token.trim())
      await pull()
    },
    dismissConflict: () => set({ conflict: null }),
    /** Asks the server's collector to run a backfill, so it goes on with no browser open. */
    async requestBackfill(request: BackfillRequest): Promise<ServerWrite> {
      if (status.state !== 'online')
        return { ok: false, message: 'The app is not connected to the server.' }
      try {
        const saved = await amend((draft) => withBackfillRequest(draft, request))
        return holdsBackfill(saved, request)
          ? { ok: true }
          : { ok: false, message: 'The vendor is no longer in the shared workspace.' }
      } catch (error) {
        if (!(error instanceof ServerError)) throw error
        return { ok: false, message: error.message }
      }
    },
    /** Sends this browser's own vendors and their stored history to the server, once. */
    async upload() {
      const offered = status.uploadOffer
      try {
        const merged = [...settings.get().vendors, ...offered]
        await push(merged)
        for (const vendor of offered) await sendAll(vendor.id)
        uploadOffered.set()
        set({ uploadOffer: [] })
        await pull()
      } catch (error) {
        fail(error)
      }
    },
    declineUpload() {
      uploadOffered.set()
      set({ uploadOffer: [] })
    },
    stop() {
      stopped = true
      clearInterval(timer)
      clearTimeout(retry)
      unsubscribe()
    },
  }
}

export type ServerSync = ReturnType<typeof createServerSync>
