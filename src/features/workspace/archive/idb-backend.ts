import type { ArchiveBackend } from './archive-backend'
import { checkStoredRecordsInSlices } from './check-in-slices'
import { requestResult, transactionDone } from './idb-requests'
import { putInSlices } from './put-in-slices'
import { readInPages } from './read-in-pages'
import {
  ARCHIVE_STORES,
  readStoredRecord,
  type ArchiveStore,
  type CheckedHistory,
} from './stored-records'

export const ARCHIVE_DB_NAME = 'vendor-reliability'
export const ARCHIVE_DB_VERSION = 1
/** How long an upgrade may wait for other tabs to close their connection (security.md D8). */
const BLOCKED_TIMEOUT_MS = 2000

/** Each store's key path; both have a `by-vendor` index on `vendorId`. */
const KEY_PATHS: Record<ArchiveStore, string[]> = {
  incidents: ['vendorId', 'sourceId', 'incidentId'],
  sources: ['vendorId', 'sourceId'],
}
const VENDOR_INDEX = { name: 'by-vendor', keyPath: 'vendorId' } as const

/** Schema steps by the version they create; adding version 2 is one more function here. */
const UPGRADES: ((db: IDBDatabase) => void)[] = [
  (db) => {
    for (const name of ARCHIVE_STORES) {
      const store = db.createObjectStore(name, { keyPath: KEY_PATHS[name] })
      store.createIndex(VENDOR_INDEX.name, VENDOR_INDEX.keyPath)
    }
  },
]

/** What keeps a database of this name and version from being the archive; null when nothing does. */
function describeForeignLayout(db: IDBDatabase): string | null {
  if (db.objectStoreNames.length === 0) return 'the database has no object stores'
  const missing = ARCHIVE_STORES.filter((name) => !db.objectStoreNames.contains(name))
  if (missing.length > 0) return `the database has no "${missing.join('" or "')}" store`
  const tx = db.transaction([...ARCHIVE_STORES], 'readonly')
  for (const name of ARCHIVE_STORES) {
    const store = tx.objectStore(name)
    const index = store.indexNames.contains(VENDOR_INDEX.name)
      ? store.index(VENDOR_INDEX.name)
      : null
    if (
      JSON.stringify(store.keyPath) !== JSON.stringify(KEY_PATHS[name]) ||
      index?.keyPath !== VENDOR_INDEX.keyPath
    ) {
      return `the "${name}" store is laid out differently from this version's`
    }
  }
  return null
}

// An array key sorts after every string, so [id, []] bounds all keys that start with id.
const prefixRange = (...prefix: string[]) => IDBKeyRange.bound(prefix, [...prefix, []])

// Values are whatever is on disk (another version or a hand edit may have written them): unknown.
function createIdbBackend(db: IDBDatabase): ArchiveBackend {
  const read = async (vendorId: string, sourceId?: string): Promise<CheckedHistory> => {
    const tx = db.transaction([...ARCHIVE_STORES], 'readonly')
    const done = transactionDone(tx)
    // Values and their primary keys come in the same order, so a bad record can be removed by key.
    // Keys start with the vendor id (then the source id): a prefix range is the vendor's records.
    const range = sourceId === undefined ? prefixRange(vendorId) : prefixRange(vendorId, sourceId)
    const readStore = (name: ArchiveStore) => readInPages(tx.objectStore(name), range)
    const [incidents, sources] = await Promise.all([
      readStore('incidents'),
      readStore('sources'),
      done,
    ])
    return checkStoredRecordsInSlices({ incidents, sources })
  }
  return {
    readVendor: (vendorId) => read(vendorId),
    readSource: (vendorId, sourceId) => read(vendorId, sourceId),
    async write(batch) {
      const tx = db.transaction([...ARCHIVE_STORES], 'readwrite')
      const done = transactionDone(tx)
      // The first error a request threw, to report instead of the abort it caused.
      let thrown: { error: unknown } | null = null
      const fail = (error: unknown) => {
        thrown ??= { error }
        try {
          tx.abort()
        } catch {
          // The transaction already ended; nothing more to undo.
        }
      }
      try {
        // Plain requests: a failing one aborts the transaction, and `done` reports it once.
        const incidents = tx.objectStore('incidents')
        const sources = tx.objectStore('sources')
        for (const vendorId of batch.removeVendors) {
          incidents.delete(prefixRange(vendorId))
          sources.delete(prefixRange(vendorId))
        }
        for (const { vendorId, sourceId } of batch.removeSources) {
          incidents.delete(prefixRange(vendorId, sourceId))
          sources.delete([vendorId, sourceId])
        }
        putInSlices(
          [
            ...batch.sources.map((r) => ({ store: sources, record: r })),
            ...batch.incidents.map((r) => ({ store: incidents, record: r })),
          ],
          fail,
        )
      } catch (error) {
        fail(error)
      }
      const failure = await done.then(
        () => thrown,
        (error: unknown) => thrown ?? { error },
      )
      if (failure) throw failure.error
    },
    async removeBad(records) {
      const tx = db.transaction([...ARCHIVE_STORES], 'readwrite')
      const done = transactionDone(tx)
      let removed = 0
      try {
        for (const { store, key } of records) {
          // A load may have written a valid record under the same key since; that one stays.
          const current = await requestResult(tx.objectStore(store).get(key))
          if (current === undefined || readStoredRecord(store, current).ok) continue
          await requestResult(tx.objectStore(store).delete(key))
          removed++
        }
      } catch (error) {
        done.catch(() => undefined)
        throw error
      }
      await done
      return removed
    },
    close: () => db.close(),
  }
}

export type CloseReason = 'versionchange' | 'closed'

export interface OpenArchiveOptions {
  name?: string
  version?: number
  blockedTimeoutMs?: number
  /** The connection was closed for another tab's upgrade, or by the browser. */
  onClosed: (reason: CloseReason) => void
}

export type OpenOutcome =
  | { ok: true; backend: ArchiveBackend }
  | { ok: false; reason: 'unavailable' | 'blocked' | 'newer'; error?: unknown }
  /** A database of the archive's name and version that is not laid out as the archive. */
  | { ok: false; reason: 'foreign'; detail: string }

/** Opens (and creates or upgrades) the archive database; never rejects and never waits forever. */
export function openIdbBackend(
  factory: IDBFactory,
  options: OpenArchiveOptions,
): Promise<OpenOutcome> {
  const { name = ARCHIVE_DB_NAME, version = ARCHIVE_DB_VERSION } = options
  return new Promise((resolve) => {
    let settled = false
    let blockedTimer: ReturnType<typeof setTimeout> | undefined
    const settle = (outcome: OpenOutcome) => {
      if (settled) return
      settled = true
      clearTimeout(blockedTimer)
      resolve(outcome)
    }
    let request: IDBOpenDBRequest
    try {
      request = factory.open(name, version)
    } catch (error) {
      settle({ ok: false, reason: 'unavailable', error })
      return
    }
    request.onupgradeneeded = (event) => {
      for (const upgrade of UPGRADES.slice(event.oldVersion, event.newVersion ?? version)) {
        upgrade(request.result)
      }
    }
    request.onblocked = () => {
      blockedTimer ??= setTimeout(
        () => settle({ ok: false, reason: 'blocked' }),
        options.blockedTimeoutMs ?? BLOCKED_TIMEOUT_MS,
      )
    }
    request.onerror = (event) => {
      event.preventDefault()
      // VersionError: a newer version of the app (maybe in another tab) upgraded the database.
      const reason = request.error?.name === 'VersionError' ? 'newer' : 'unavailable'
      settle({ ok: false, reason, error: request.error })
    }
    request.onsuccess = () => {
      const db = request.result
      // Given up on while blocked: do not hold a connection this tab will not use.
      if (settled) return db.close()
      let foreign: string | null
      try {
        foreign = describeForeignLayout(db)
      } catch (error) {
        foreign = `the database could not be inspected (${String(error)})`
      }
      if (foreign !== null) {
        db.close()
        return settle({ ok: false, reason: 'foreign', detail: foreign })
      }
      db.onversionchange = () => {
        db.close()
        options.onClosed('versionchange')
      }
      db.onclose = () => options.onClosed('closed')
      settle({ ok: true, backend: createIdbBackend(db) })
    }
  })
}
