import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query'
import type { Incident } from '../../../core/model'
import type { Archive, SourceRecord, VendorCoverage } from '../archive/archive-types'
import { mergeOffThread } from './merge-off-thread'

/** A vendor's stored history, its sources merged into one incident list. */
export interface VendorHistoryView {
  incidents: Incident[]
  coverage: VendorCoverage
  sourceRecords: SourceRecord[]
}

export const historyQueries = {
  all: () => ['history'] as const,
  vendor: (vendorId: string) => [...historyQueries.all(), vendorId] as const,
  /**
   * A vendor's stored history, read until refreshHistory says storage changed; `sourceLabels`
   * (source id → words) name the source of each merged fact.
   */
  read: (archive: Archive, vendorId: string, sourceLabels: Record<string, string>) =>
    // The archive is a service, not an input; the labels are in the key as a whole.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: [...historyQueries.vendor(vendorId), sourceLabels],
      queryFn: async (): Promise<VendorHistoryView> => {
        const history = await archive.readVendor(vendorId)
        return {
          incidents: await mergeOffThread(
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
      // Every read gives new lists: deep-comparing 10,000 incidents takes ~70 ms, each backfill step.
      structuralSharing: false,
    }),
}

/**
 * Stored history may have changed (a load, an import, a removal, a backfill step, a server sync):
 * the vendor's history, or every vendor's, is read again while the screens keep the last one.
 */
export async function refreshHistory(client: QueryClient, vendorId?: string): Promise<void> {
  const queryKey = vendorId === undefined ? historyQueries.all() : historyQueries.vendor(vendorId)
  // A first read still running began before the change, and React Query would hand its result on
  // instead of reading again: it is dropped, and the read starts over.
  await client.cancelQueries({ queryKey })
  return client.invalidateQueries({ queryKey })
}
