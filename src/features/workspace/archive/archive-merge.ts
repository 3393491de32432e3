import type { Incident, ParsedFeed } from '../../../core/model'
import { emptyBatch, type ArchiveBatch, type StoredHistory } from './archive-backend'
import type { ArchiveFile } from './archive-file-schema'
import type { IncidentRecord, Interval, MergeCounts, SourceRecord } from './archive-types'
import { classifyIncoming } from './incident-revision'
import { mergeIntervals } from './intervals'

export interface MergePlan {
  batch: ArchiveBatch
  counts: MergeCounts
}

export function zeroCounts(): MergeCounts {
  return { added: 0, updated: 0, unchanged: 0 }
}

export function addCounts(total: MergeCounts, more: MergeCounts): void {
  total.added += more.added
  total.updated += more.updated
  total.unchanged += more.unchanged
}

/** Puts for the incidents that are new or further along than the stored ones. */
function planIncidents(
  stored: readonly IncidentRecord[],
  incoming: readonly { sourceId: string; incident: Incident }[],
  vendorId: string,
): { records: IncidentRecord[]; counts: MergeCounts } {
  const known = new Map(stored.map((r) => [JSON.stringify([r.sourceId, r.incidentId]), r.incident]))
  const counts = zeroCounts()
  const records: IncidentRecord[] = []
  for (const { sourceId, incident } of incoming) {
    const key = JSON.stringify([sourceId, incident.id])
    const change = classifyIncoming(known.get(key), incident)
    counts[change] += 1
    if (change === 'unchanged') continue
    known.set(key, incident)
    records.push({ vendorId, sourceId, incidentId: incident.id, incident })
  }
  return { records, counts }
}

function later(a: string | undefined, b: string): string {
  return a !== undefined && Date.parse(a) > Date.parse(b) ? a : b
}

/**
 * What one load adds: every incident it carries (dropped ones stay) and its coverage. A load with no
 * incidents and no stated coverage changes nothing: null.
 */
export function planLoad(
  stored: StoredHistory,
  vendorId: string,
  sourceId: string,
  feed: ParsedFeed,
  loadedAt: string,
): MergePlan | null {
  const stated: Interval[] =
    feed.coverage.from === null
      ? []
      : [{ from: feed.coverage.from, to: feed.coverage.to ?? loadedAt }]
  if (feed.incidents.length === 0 && stated.length === 0) return null
  const incoming = feed.incidents.map((incident) => ({ sourceId, incident }))
  const { records, counts } = planIncidents(stored.incidents, incoming, vendorId)
  const previous = stored.sources.find((record) => record.sourceId === sourceId)
  const source: SourceRecord = {
    vendorId,
    sourceId,
    intervals: mergeIntervals([...(previous?.intervals ?? []), ...stated]),
    lastLoadedAt: later(previous?.lastLoadedAt, loadedAt),
    format: feed.format,
    feedVendorName: feed.vendor,
    warningsCount: feed.warnings.length,
  }
  return { batch: { ...emptyBatch(), sources: [source], incidents: records }, counts }
}

/** What importing one vendor of an archive file adds to what is stored for it. */
export function planImportedVendor(
  stored: StoredHistory,
  vendor: ArchiveFile['vendors'][number],
): MergePlan {
  const vendorId = vendor.config.id
  const sources = vendor.sources.map((imported): SourceRecord => {
    const previous = stored.sources.find((record) => record.sourceId === imported.sourceId)
    const importedIsNewer =
      !previous || Date.parse(imported.lastLoadedAt) >= Date.parse(previous.lastLoadedAt)
    const latest = importedIsNewer
      ? {
          format: imported.format,
          feedVendorName: imported.vendorName,
          warningsCount: imported.warningsCount,
        }
      : { ...previous }
    return {
      vendorId,
      sourceId: imported.sourceId,
      intervals: mergeIntervals([...(previous?.intervals ?? []), ...imported.intervals]),
      lastLoadedAt: later(previous?.lastLoadedAt, imported.lastLoadedAt),
      format: latest.format,
      feedVendorName: latest.feedVendorName,
      warningsCount: latest.warningsCount,
    }
  })
  const { records, counts } = planIncidents(stored.incidents, vendor.incidents, vendorId)
  return { batch: { ...emptyBatch(), sources, incidents: records }, counts }
}
