import type { FeedFormat, Incident, ParsedFeed } from '../../../core/model'
import type { Notice } from '../settings/notices'
import type { VendorConfig } from '../settings/settings-schema'
import type { ArchiveFile } from './archive-file-schema'
import type { BadRecordLog } from './bad-records'

/** A span of time a source spoke for, ISO UTC, `from` < `to`. */
export interface Interval {
  from: string
  to: string
}

/** What the archive knows about one source of one vendor, apart from its incidents. */
export interface SourceRecord {
  vendorId: string
  sourceId: string
  /** Every load's coverage, merged where they overlap; oldest first. */
  intervals: Interval[]
  lastLoadedAt: string
  format: FeedFormat
  /** The vendor name as the feed stated it. */
  feedVendorName: string | null
  warningsCount: number
}

export interface IncidentRecord {
  vendorId: string
  sourceId: string
  incidentId: string
  incident: Incident
}

export interface MergeCounts {
  added: number
  updated: number
  unchanged: number
}

export interface MergeResult extends MergeCounts {
  /** False when the history is only kept in memory (storage full or unavailable). */
  saved: boolean
}

export interface VendorCoverage {
  /** Earliest and latest instant any source of the vendor spoke for; null when none did. */
  from: string | null
  to: string | null
  /** Holes between the sources' merged intervals within [from, to]. */
  gaps: Interval[]
}

export interface VendorHistory {
  /** Each source's incidents, oldest start first. */
  incidentsBySource: Map<string, Incident[]>
  coverage: VendorCoverage
  sources: SourceRecord[]
}

export type BadRecordsExport = ReturnType<BadRecordLog['exportable']>

export type ImportOutcome =
  { ok: true; vendors: VendorConfig[]; counts: MergeCounts } | { ok: false; message: string }

/** `saved`: history is written to IndexedDB; `memory`: some or all of it lasts until the tab closes. */
export type ArchivePersistence = 'saved' | 'memory'

export interface Archive {
  /** Merges one successful load; never removes anything and never rejects. */
  mergeLoad(
    vendorId: string,
    sourceId: string,
    feed: ParsedFeed,
    loadedAt: string,
  ): Promise<MergeResult>
  /**
   * Never rejects: invalid records are left out (and reported), and when storage cannot be read
   * at all the last history read and this session's changes stand in for it, with a notice.
   */
  readVendor(vendorId: string): Promise<VendorHistory>
  removeVendor(vendorId: string): Promise<void>
  removeSource(vendorId: string, sourceId: string): Promise<void>
  /** The given vendors (all of `vendorConfigs` by default) with their history, ready for JSON. */
  exportArchive(
    vendorConfigs: readonly VendorConfig[],
    vendorIds?: readonly string[],
  ): Promise<ArchiveFile>
  /** Writes a parsed archive file in one transaction: all of it or nothing. */
  importArchive(file: ArchiveFile): Promise<ImportOutcome>
  /** The invalid records reads have met so far, as a JSON document for the user to keep. */
  exportBadRecords(): BadRecordsExport
  /** Deletes the invalid records reads have met; resolves with how many were deleted. */
  removeBadRecords(): Promise<number>
  notices(): readonly Notice[]
  dismissNotice(id: string): void
  subscribe(listener: () => void): () => void
  persistence(): ArchivePersistence
  close(): void
}

export class ArchiveReadError extends Error {
  override name = 'ArchiveReadError'
}
