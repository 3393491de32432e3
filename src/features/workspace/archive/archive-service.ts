import type { NoticeList } from '../settings/notices'
import {
  emptyBatch,
  isBatchEmpty,
  type ArchiveBackend,
  type ArchiveBatch,
  type StoredHistory,
} from './archive-backend'
import { ARCHIVE_FORMAT, ARCHIVE_VERSION } from './archive-format'
import { addCounts, planImportedVendor, planLoad, zeroCounts } from './archive-merge'
import { archiveNotices, isQuotaError, storedDataNotices } from './archive-notices'
import { createBadRecordLog } from './bad-records'
import { createPendingWrites } from './archive-pending'
import { createReadCache } from './read-cache'
import { ArchiveReadError, type Archive } from './archive-types'
import { toArchivedVendor, toVendorHistory } from './archive-views'

export interface ArchiveContext {
  now: () => Date
  notices: NoticeList
  subscribe: Archive['subscribe']
  /** False when the backend only lives in memory. */
  durable: boolean
  /** True once the connection was closed under us (another tab's upgrade). */
  isClosed: () => boolean
}

const UNREADABLE = "History can't be read until this page is reloaded."

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`
  return String(error)
}

/** The archive's rules over a backend: merge, read, remove, export, import. */
export function createArchiveService(backend: ArchiveBackend, context: ArchiveContext): Archive {
  const { notices } = context
  const pending = createPendingWrites()
  let queue: Promise<unknown> = Promise.resolve()
  // One operation at a time, so a read always sees the writes before it.
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task)
    queue = run.catch(() => undefined)
    return run
  }

  const badRecords = createBadRecordLog(notices)
  const lastKnown = createReadCache()

  const view = async (vendorId: string, sourceId?: string) => {
    let stored: StoredHistory
    let complete = true
    try {
      const read =
        sourceId === undefined
          ? await backend.readVendor(vendorId)
          : await backend.readSource(vendorId, sourceId)
      badRecords.note(read.bad, vendorId, sourceId)
      stored = { sources: read.sources, incidents: read.incidents }
      lastKnown.remember(stored, vendorId, sourceId)
    } catch (error) {
      complete = false
      stored = lastKnown.recall(vendorId, sourceId)
      // A connection closed for another tab's upgrade already has its own notice.
      if (!context.isClosed()) notices.add(storedDataNotices.unreadable(describeError(error)))
    }
    return { stored: await pending.apply(stored, vendorId, sourceId), complete }
  }

  /** Writes the batch with whatever is pending; on failure keeps it in memory when asked to. */
  const commit = async (batch: ArchiveBatch, keepOnFailure: boolean) => {
    if (isBatchEmpty(batch) && pending.isEmpty()) return { saved: true, error: undefined }
    try {
      const written = pending.withPending(batch)
      await backend.write(written)
      lastKnown.apply(written)
      pending.clear()
      notices.remove('archive-full')
      notices.remove('archive-unsaved')
      return { saved: true, error: undefined }
    } catch (error) {
      if (!keepOnFailure) return { saved: false, error }
      if (isQuotaError(error)) notices.add(archiveNotices.full())
      else if (!context.isClosed()) notices.add(archiveNotices.unsaved())
      await pending.keep(batch)
      return { saved: false, error }
    }
  }

  return {
    mergeLoad: (vendorId, sourceId, feed, loadedAt) =>
      serial(async () => {
        const { stored } = await view(vendorId, sourceId)
        const plan = planLoad(stored, vendorId, sourceId, feed, loadedAt)
        if (!plan) return { ...zeroCounts(), saved: true }
        const { saved } = await commit(plan.batch, true)
        return { ...plan.counts, saved }
      }).catch(() => {
        notices.add(archiveNotices.unsaved())
        return { ...zeroCounts(), saved: false }
      }),

    readVendor: (vendorId) => serial(async () => toVendorHistory((await view(vendorId)).stored)),

    removeVendor: (vendorId) =>
      serial(async () => {
        await commit({ ...emptyBatch(), removeVendors: [vendorId] }, true)
      }).catch(() => notices.add(archiveNotices.unsaved())),

    removeSource: (vendorId, sourceId) =>
      serial(async () => {
        await commit({ ...emptyBatch(), removeSources: [{ vendorId, sourceId }] }, true)
      }).catch(() => notices.add(archiveNotices.unsaved())),

    exportArchive: (vendorConfigs, vendorIds) =>
      serial(async () => {
        const wanted = vendorIds === undefined ? null : new Set(vendorIds)
        const vendors = []
        for (const config of vendorConfigs) {
          if (wanted && !wanted.has(config.id)) continue
          const { stored, complete } = await view(config.id)
          if (!complete) throw new ArchiveReadError(UNREADABLE)
          vendors.push(toArchivedVendor(config, stored))
        }
        const exportedAt = context.now().toISOString()
        return { format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, exportedAt, vendors }
      }),

    importArchive: (file) =>
      serial(async () => {
        const batch = emptyBatch()
        const counts = zeroCounts()
        for (const vendor of file.vendors) {
          const { stored, complete } = await view(vendor.config.id)
          if (!complete)
            return { ok: false as const, message: `${UNREADABLE} Nothing was imported.` }
          const plan = planImportedVendor(stored, vendor)
          batch.sources.push(...plan.batch.sources)
          batch.incidents.push(...plan.batch.incidents)
          addCounts(counts, plan.counts)
        }
        const { saved, error } = await commit(batch, false)
        if (saved) return { ok: true as const, vendors: file.vendors.map((v) => v.config), counts }
        const message = isQuotaError(error)
          ? 'Storage is full, so nothing was imported. Free some space and try again.'
          : 'The archive could not be saved, so nothing was imported.'
        return { ok: false as const, message }
      }),

    exportBadRecords: () => badRecords.exportable(context.now().toISOString()),

    removeBadRecords: () =>
      serial(async () => {
        const found = badRecords.list()
        const removed = await backend.removeBad(found)
        badRecords.forget(found)
        return removed
      }),

    notices: () => notices.list(),
    dismissNotice: (id) => notices.remove(id),
    subscribe: context.subscribe,
    persistence: () =>
      context.durable && !context.isClosed() && pending.isEmpty() ? 'saved' : 'memory',
    close: () => backend.close(),
  }
}
