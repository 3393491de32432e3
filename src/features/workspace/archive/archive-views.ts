import type { Incident } from '../../../core/model'
import type { StoredHistory } from './archive-backend'
import type { ArchiveFile } from './archive-file-schema'
import type { IncidentRecord, VendorHistory } from './archive-types'
import { describeVendorCoverage } from './intervals'
import type { VendorConfig } from '../settings/settings-schema'

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function byStartThenId(a: IncidentRecord, b: IncidentRecord): number {
  const byStart = Date.parse(a.incident.start) - Date.parse(b.incident.start)
  return byStart || compareText(a.incidentId, b.incidentId)
}

/** Stored records as the screens want them: grouped by source, sorted, with the coverage union. */
export function toVendorHistory(stored: StoredHistory): VendorHistory {
  const sources = [...stored.sources].sort((a, b) => compareText(a.sourceId, b.sourceId))
  const incidentsBySource = new Map<string, Incident[]>(sources.map((s) => [s.sourceId, []]))
  // Each start parsed once, not once per comparison: the order is byStartThenId's.
  const starts = new Map(stored.incidents.map((r) => [r, Date.parse(r.incident.start)]))
  const byParsedStart = (a: IncidentRecord, b: IncidentRecord) =>
    (starts.get(a) ?? 0) - (starts.get(b) ?? 0) || compareText(a.incidentId, b.incidentId)
  for (const record of [...stored.incidents].sort(byParsedStart)) {
    const list = incidentsBySource.get(record.sourceId) ?? []
    list.push(record.incident)
    incidentsBySource.set(record.sourceId, list)
  }
  return {
    incidentsBySource,
    sources,
    coverage: describeVendorCoverage(sources.map((source) => source.intervals)),
  }
}

/** One vendor of an export file; history of sources no longer in its config is left out. */
export function toArchivedVendor(
  config: VendorConfig,
  stored: StoredHistory,
): ArchiveFile['vendors'][number] {
  const configured = new Set(config.sources.map((source) => source.id))
  const sources = stored.sources
    .filter((record) => configured.has(record.sourceId))
    .sort((a, b) => compareText(a.sourceId, b.sourceId))
    .map((record) => ({
      sourceId: record.sourceId,
      intervals: record.intervals,
      lastLoadedAt: record.lastLoadedAt,
      format: record.format,
      vendorName: record.feedVendorName,
      warningsCount: record.warningsCount,
    }))
  const incidents = stored.incidents
    .filter((record) => configured.has(record.sourceId))
    .sort((a, b) => compareText(a.sourceId, b.sourceId) || byStartThenId(a, b))
    .map((record) => ({ sourceId: record.sourceId, incident: record.incident }))
  return { config, sources, incidents }
}
