import { QueryClient, QueryObserver } from '@tanstack/react-query'
import { describe, expect, it, vi } from 'vitest'
import { makeIncident } from '../../../core/__fixtures__/make-incident'
import type { Incident, ParsedFeed } from '../../../core/model'
import type { Archive, MergeResult, VendorHistory } from '../archive/archive-types'
import { historyQueries } from './history-queries'
import { sourceQueries } from './source-queries'

const incident = makeIncident({ id: 'loaded-1', title: 'Loaded by the source' })
const feed: ParsedFeed = {
  format: 'statuspage-rss',
  vendor: 'Acme',
  pageUrl: null,
  components: [],
  incidents: [incident],
  coverage: { from: incident.start, to: '2025-01-11T00:00:00Z' },
  capturedAt: null,
  warnings: [],
}

vi.mock('./fetch-source-text', () => ({
  fetchSourceText: () =>
    Promise.resolve({
      body: '<rss/>',
      fetchedAt: '2025-01-11T00:00:00Z',
      stale: false,
      ageSeconds: 0,
      finalUrl: null,
    }),
}))
vi.mock('./parse-off-thread', () => ({ parseOffThread: () => Promise.resolve({ ok: true, feed }) }))

/** An archive in memory whose reads take a while, as IndexedDB's do under load. */
function slowArchive() {
  const stored = new Map<string, Incident[]>()
  const archive = {
    mergeLoad: (_vendorId: string, sourceId: string, loaded: ParsedFeed) => {
      stored.set(sourceId, loaded.incidents)
      return Promise.resolve({ added: 1, updated: 0, unchanged: 0 } as unknown as MergeResult)
    },
    readVendor: async (): Promise<VendorHistory> => {
      const snapshot = new Map(stored)
      await new Promise((resolve) => setTimeout(resolve, 30))
      return {
        incidentsBySource: snapshot,
        coverage: { from: null, to: null, gaps: [] },
        sources: [],
      }
    },
  }
  return archive as Pick<Archive, 'mergeLoad' | 'readVendor'> as Archive
}

describe('a source load', () => {
  it("counts as done only once the vendor's history has been read again with its incidents", async () => {
    const archive = slowArchive()
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const history = new QueryObserver(client, historyQueries.read(archive, 'acme', {}))
    const stop = history.subscribe(() => {})
    await client.fetchQuery(historyQueries.read(archive, 'acme', {}))
    expect(history.getCurrentResult().data?.incidents).toEqual([])

    const source = { id: 's1', kind: 'url', url: 'https://status.acme.test/history.rss' } as const
    await client.fetchQuery(sourceQueries.load(archive, 'acme', source))

    const ids = history.getCurrentResult().data?.incidents.map((i) => i.id)
    expect(ids).toEqual(['loaded-1'])
    stop()
    client.clear()
  })
})
