import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import type { Incident } from '../../../core/model'
import { mergeSourceIncidents } from '../../../core/normalize/merge-sources'
import type { Archive, SourceRecord, VendorCoverage } from '../archive/archive-types'

/** A vendor's stored history, its sources merged into one incident list. */
export interface VendorHistoryView {
  incidents: Incident[]
  coverage: VendorCoverage
  sourceRecords: SourceRecord[]
}

export const historyQueries = {
  all: () => ['history'] as const,
  /**
   * `revision` changes whenever stored history may have changed (a load, an import, a removal);
   * `sourceLabels` (source id → words) name the source of each merged fact.
   */
  vendor: (
    archive: Archive,
    vendorId: string,
    revision: string,
    sourceLabels: Record<string, string>,
  ) =>
    // The archive is a service, not an input; the labels are in the key as a whole.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: [...historyQueries.all(), vendorId, revision, sourceLabels],
      queryFn: async (): Promise<VendorHistoryView> => {
        const history = await archive.readVendor(vendorId)
        return {
          incidents: mergeSourceIncidents(
            [...history.incidentsBySource.values()],
            [...history.incidentsBySource.keys()].map(
              (id) => sourceLabels[id] ?? 'a removed source',
            ),
          ),
          coverage: history.coverage,
          sourceRecords: history.sources,
        }
      },
      staleTime: Infinity,
      placeholderData: keepPreviousData,
    }),
}
