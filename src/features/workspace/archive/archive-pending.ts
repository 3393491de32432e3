import {
  createMemoryBackend,
  type ArchiveBatch,
  type SourceKey,
  type StoredHistory,
} from './archive-backend'

const sourceKey = (key: SourceKey) => JSON.stringify([key.vendorId, key.sourceId])

/**
 * Changes that could not be written yet (storage full, connection closed). Reads see them this
 * session, and the next write carries them along, so nothing is lost while the tab stays open.
 */
export function createPendingWrites() {
  let records = createMemoryBackend()
  const removedVendors = new Set<string>()
  const removedSources = new Map<string, SourceKey>()
  const isRemoved = (record: SourceKey) =>
    removedVendors.has(record.vendorId) || removedSources.has(sourceKey(record))

  return {
    isEmpty: () => removedVendors.size + removedSources.size === 0 && records.isEmpty(),

    /** The batch plus everything pending, in an order that replays the changes faithfully. */
    withPending(batch: ArchiveBatch): ArchiveBatch {
      const removedNow = new Set(batch.removeSources.map(sourceKey))
      const stillWanted = (record: SourceKey) =>
        !batch.removeVendors.includes(record.vendorId) && !removedNow.has(sourceKey(record))
      const kept = records.readAll()
      return {
        removeVendors: [...removedVendors, ...batch.removeVendors],
        removeSources: [...removedSources.values(), ...batch.removeSources],
        sources: [...kept.sources.filter(stillWanted), ...batch.sources],
        incidents: [...kept.incidents.filter(stillWanted), ...batch.incidents],
      }
    },

    async keep(batch: ArchiveBatch): Promise<void> {
      await records.write(batch)
      for (const vendorId of batch.removeVendors) removedVendors.add(vendorId)
      for (const key of batch.removeSources) removedSources.set(sourceKey(key), key)
    },

    clear(): void {
      records = createMemoryBackend()
      removedVendors.clear()
      removedSources.clear()
    },

    /** Stored history as it is once the pending changes are applied. */
    async apply(
      stored: StoredHistory,
      vendorId: string,
      sourceId?: string,
    ): Promise<StoredHistory> {
      const own =
        sourceId === undefined
          ? await records.readVendor(vendorId)
          : await records.readSource(vendorId, sourceId)
      const sources = new Map(
        [...stored.sources.filter((r) => !isRemoved(r)), ...own.sources].map((r) => [
          r.sourceId,
          r,
        ]),
      )
      const incidents = new Map(
        [...stored.incidents.filter((r) => !isRemoved(r)), ...own.incidents].map((r) => [
          JSON.stringify([r.sourceId, r.incidentId]),
          r,
        ]),
      )
      return { sources: [...sources.values()], incidents: [...incidents.values()] }
    },
  }
}
