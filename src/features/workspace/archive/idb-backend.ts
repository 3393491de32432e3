import { unwrap, wrap, type DBSchema, type IDBPDatabase } from 'idb'
import type { ArchiveBackend, StoredHistory } from './archive-backend'
import type { IncidentRecord, SourceRecord } from './archive-types'

export const ARCHIVE_DB_NAME = 'vendor-reliability'
export const ARCHIVE_DB_VERSION = 1
/** How long an upgrade may wait for other tabs to close their connection (security.md D8). */
export const BLOCKED_TIMEOUT_MS = 2000

interface ArchiveDbSchema extends DBSchema {
  incidents: {
    key: [string, string, string]
    value: IncidentRecord
    indexes: { 'by-vendor': string }
  }
  sources: {
    key: [string, string]
    value: SourceRecord
    indexes: { 'by-vendor': string }
  }
}

/** Schema steps by the version they create; adding version 2 is one more function here. */
const UPGRADES: ((db: IDBDatabase) => void)[] = [
  (db) => {
    const incidents = db.createObjectStore('incidents', {
      keyPath: ['vendorId', 'sourceId', 'incidentId'],
    })
    incidents.createIndex('by-vendor', 'vendorId')
    const sources = db.createObjectStore('sources', { keyPath: ['vendorId', 'sourceId'] })
    sources.createIndex('by-vendor', 'vendorId')
  },
]

// An array key sorts after every string, so [id, []] bounds all keys that start with id.
const prefixRange = (...prefix: string[]) => IDBKeyRange.bound(prefix, [...prefix, []])

function createIdbBackend(db: IDBPDatabase<ArchiveDbSchema>): ArchiveBackend {
  const read = async (vendorId: string, sourceId?: string): Promise<StoredHistory> => {
    const tx = db.transaction(['incidents', 'sources'], 'readonly')
    const incidents = tx.objectStore('incidents')
    const sources = tx.objectStore('sources')
    const [incidentRecords, sourceRecords] = await Promise.all([
      sourceId === undefined
        ? incidents.index('by-vendor').getAll(vendorId)
        : incidents.getAll(prefixRange(vendorId, sourceId)),
      sourceId === undefined
        ? sources.index('by-vendor').getAll(vendorId)
        : sources.getAll(prefixRange(vendorId, sourceId)),
      tx.done,
    ])
    return { incidents: incidentRecords, sources: sourceRecords }
  }
  return {
    readVendor: (vendorId) => read(vendorId),
    readSource: (vendorId, sourceId) => read(vendorId, sourceId),
    async write(batch) {
      const tx = db.transaction(['incidents', 'sources'], 'readwrite')
      const done = tx.done
      try {
        // Plain requests: a failing one aborts the transaction, and `done` reports it once.
        const incidents = unwrap(tx.objectStore('incidents'))
        const sources = unwrap(tx.objectStore('sources'))
        for (const vendorId of batch.removeVendors) {
          incidents.delete(prefixRange(vendorId))
          sources.delete(prefixRange(vendorId))
        }
        for (const { vendorId, sourceId } of batch.removeSources) {
          incidents.delete(prefixRange(vendorId, sourceId))
          sources.delete([vendorId, sourceId])
        }
        for (const record of batch.sources) sources.put(record)
        for (const record of batch.incidents) incidents.put(record)
      } catch (error) {
        done.catch(() => undefined)
        try {
          tx.abort()
        } catch {
          // The transaction already ended; nothing more to undo.
        }
        throw error
      }
      await done
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
  | { ok: false; reason: 'unavailable' | 'blocked' | 'outdated'; error?: unknown }

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
      // VersionError: another tab already upgraded the database past this code's version.
      const reason = request.error?.name === 'VersionError' ? 'outdated' : 'unavailable'
      settle({ ok: false, reason, error: request.error })
    }
    request.onsuccess = () => {
      const db = request.result
      // Given up on while blocked: do not hold a connection this tab will not use.
      if (settled) return db.close()
      db.onversionchange = () => {
        db.close()
        options.onClosed('versionchange')
      }
      db.onclose = () => options.onClosed('closed')
      settle({
        ok: true,
        backend: createIdbBackend(wrap(db) as unknown as IDBPDatabase<ArchiveDbSchema>),
      })
    }
  })
}
