import type { ArchiveBatch, StoredHistory } from './archive-backend'

const incidentKey = (record: { sourceId: string; incidentId: string }) =>
  JSON.stringify([record.sourceId, record.incidentId])

function replaceBy<T>(records: readonly T[], added: readonly T[], key: (record: T) => string): T[] {
  const byKey = new Map(records.map((record) => [key(record), record]))
  for (const record of added) byKey.set(key(record), record)
  return [...byKey.values()]
}

/**
 * What storage last held, as far as this tab read and wrote it: stands in for storage when a read
 * fails, so the views keep their history. Records are shared, never copied: nothing mutates them.
 */
export function createReadCache() {
  const vendors = new Map<string, StoredHistory>()
  const ofSource = (sourceId?: string) => (record: { sourceId: string }) =>
    sourceId === undefined || record.sourceId === sourceId
  const without = (history: StoredHistory, sourceId: string): StoredHistory => ({
    sources: history.sources.filter((record) => record.sourceId !== sourceId),
    incidents: history.incidents.filter((record) => record.sourceId !== sourceId),
  })

  return {
    /** A successful read of a vendor, or of one of its sources, replaces what it covers. */
    remember(read: StoredHistory, vendorId: string, sourceId?: string): void {
      const kept =
        sourceId === undefined
          ? { sources: [], incidents: [] }
          : without(vendors.get(vendorId) ?? { sources: [], incidents: [] }, sourceId)
      vendors.set(vendorId, {
        sources: [...kept.sources, ...read.sources],
        incidents: [...kept.incidents, ...read.incidents],
      })
    },
    /** A batch that storage accepted. */
    apply(batch: ArchiveBatch): void {
      for (const vendorId of batch.removeVendors) vendors.delete(vendorId)
      for (const { vendorId, sourceId } of batch.removeSources) {
        const history = vendors.get(vendorId)
        if (history) vendors.set(vendorId, without(history, sourceId))
      }
      const touched = new Set([...batch.sources, ...batch.incidents].map((r) => r.vendorId))
      for (const vendorId of touched) {
        const history = vendors.get(vendorId) ?? { sources: [], incidents: [] }
        const mine = (record: { vendorId: string }) => record.vendorId === vendorId
        vendors.set(vendorId, {
          sources: replaceBy(history.sources, batch.sources.filter(mine), (r) => r.sourceId),
          incidents: replaceBy(history.incidents, batch.incidents.filter(mine), incidentKey),
        })
      }
    },
    recall(vendorId: string, sourceId?: string): StoredHistory {
      const history = vendors.get(vendorId) ?? { sources: [], incidents: [] }
      return {
        sources: history.sources.filter(ofSource(sourceId)),
        incidents: history.incidents.filter(ofSource(sourceId)),
      }
    },
  }
}
