import type { IncidentRecord, SourceRecord } from './archive-types'
import type { BadRecord, CheckedHistory } from './stored-records'

export interface SourceKey {
  vendorId: string
  sourceId: string
}

/** Everything one write does; removals are applied before the puts. */
export interface ArchiveBatch {
  removeVendors: string[]
  removeSources: SourceKey[]
  sources: SourceRecord[]
  incidents: IncidentRecord[]
}

export interface StoredHistory {
  sources: SourceRecord[]
  incidents: IncidentRecord[]
}

/**
 * Where archive records live: IndexedDB, or a Map for the session. Reads check every record
 * (checkStoredRecords) and set the invalid ones aside instead of returning them.
 */
export interface ArchiveBackend {
  readVendor(vendorId: string): Promise<CheckedHistory>
  readSource(vendorId: string, sourceId: string): Promise<CheckedHistory>
  /** Applies the whole batch or, when it rejects, none of it. */
  write(batch: ArchiveBatch): Promise<void>
  /** Deletes the records that are still invalid when it runs; resolves with how many it deleted. */
  removeBad(records: readonly BadRecord[]): Promise<number>
  close(): void
}

export function emptyBatch(): ArchiveBatch {
  return { removeVendors: [], removeSources: [], sources: [], incidents: [] }
}

export function isBatchEmpty(batch: ArchiveBatch): boolean {
  return (
    batch.removeVendors.length === 0 &&
    batch.removeSources.length === 0 &&
    batch.sources.length === 0 &&
    batch.incidents.length === 0
  )
}

interface VendorShelf {
  sources: Map<string, SourceRecord>
  incidents: Map<string, Map<string, IncidentRecord>>
}

/** Records in Maps, cloned on the way in and out as IndexedDB would. */
export interface MemoryBackend extends ArchiveBackend {
  readAll(): StoredHistory
  isEmpty(): boolean
}

export function createMemoryBackend(): MemoryBackend {
  const vendors = new Map<string, VendorShelf>()
  const shelf = (vendorId: string): VendorShelf => {
    let found = vendors.get(vendorId)
    if (!found) {
      found = { sources: new Map(), incidents: new Map() }
      vendors.set(vendorId, found)
    }
    return found
  }
  const collect = (vendorId: string, sourceId?: string): CheckedHistory => {
    const found = vendors.get(vendorId)
    if (!found) return { sources: [], incidents: [], bad: [] }
    const sources = [...found.sources.values()].filter(
      (record) => sourceId === undefined || record.sourceId === sourceId,
    )
    const incidents = [...found.incidents.entries()]
      .filter(([id]) => sourceId === undefined || id === sourceId)
      .flatMap(([, records]) => [...records.values()])
    return { ...structuredClone({ sources, incidents }), bad: [] }
  }
  return {
    readVendor: async (vendorId) => collect(vendorId),
    readSource: async (vendorId, sourceId) => collect(vendorId, sourceId),
    isEmpty: () =>
      [...vendors.values()].every(
        (found) => found.sources.size === 0 && found.incidents.size === 0,
      ),
    readAll: () => {
      const all = [...vendors.keys()].map((vendorId) => collect(vendorId))
      return {
        sources: all.flatMap((history) => history.sources),
        incidents: all.flatMap((history) => history.incidents),
      }
    },
    async write(batch) {
      // Cloning first is the only step that can fail, so a failure changes nothing.
      const copy = structuredClone(batch)
      for (const vendorId of copy.removeVendors) vendors.delete(vendorId)
      for (const { vendorId, sourceId } of copy.removeSources) {
        vendors.get(vendorId)?.sources.delete(sourceId)
        vendors.get(vendorId)?.incidents.delete(sourceId)
      }
      for (const record of copy.sources) shelf(record.vendorId).sources.set(record.sourceId, record)
      for (const record of copy.incidents) {
        const bySource = shelf(record.vendorId).incidents
        const records = bySource.get(record.sourceId) ?? new Map<string, IncidentRecord>()
        records.set(record.incidentId, record)
        bySource.set(record.sourceId, records)
      }
    },
    // Only the app's own typed writes land here, so no record is ever invalid.
    removeBad: async () => 0,
    close: () => undefined,
  }
}
