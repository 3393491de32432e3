import { createNoticeList } from '../settings/notices'
import { createMemoryBackend, type ArchiveBackend } from './archive-backend'
import { archiveNotices, storedDataNotices } from './archive-notices'
import { createArchiveService } from './archive-service'
import type { Archive } from './archive-types'
import { openIdbBackend } from './idb-backend'

export interface CreateArchiveOptions {
  /** The IndexedDB factory; window.indexedDB when left out, memory only when null. */
  indexedDB?: IDBFactory | null
  databaseName?: string
  blockedTimeoutMs?: number
  now?: () => Date
}

const NEWER = 'it was saved by a newer version of Vendor Reliability'

function resolveIndexedDb(): IDBFactory | null {
  try {
    return globalThis.indexedDB ?? null
  } catch {
    return null
  }
}

/**
 * The local archive of incident history: IndexedDB when it opens, otherwise the same interface in
 * memory with a notice. Never rejects.
 */
export async function createArchive(options: CreateArchiveOptions = {}): Promise<Archive> {
  const listeners = new Set<() => void>()
  const notices = createNoticeList(() => {
    for (const listener of [...listeners]) listener()
  })
  let closed = false
  const factory = 'indexedDB' in options ? (options.indexedDB ?? null) : resolveIndexedDb()
  let backend: ArchiveBackend | null = null
  if (factory) {
    const opened = await openIdbBackend(factory, {
      name: options.databaseName,
      blockedTimeoutMs: options.blockedTimeoutMs,
      onClosed: (reason) => {
        closed = true
        notices.add(archiveNotices.reload(reason))
      },
    })
    if (opened.ok) backend = opened.backend
    else if (opened.reason === 'newer') notices.add(storedDataNotices.unreadable(NEWER))
    else if (opened.reason === 'foreign') notices.add(storedDataNotices.unreadable(opened.detail))
    else if (opened.reason === 'blocked') notices.add(archiveNotices.blocked())
    else notices.add(archiveNotices.unavailable())
  } else {
    notices.add(archiveNotices.unavailable())
  }
  return createArchiveService(backend ?? createMemoryBackend(), {
    now: options.now ?? (() => new Date()),
    notices,
    durable: backend !== null,
    isClosed: () => closed,
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  })
}
