import { QueryClient, QueryObserver } from '@tanstack/react-query'
import { afterEach, describe, expect, it } from 'vitest'
import type { Archive, VendorHistory } from '../archive/archive-types'
import { historyQueries, refreshHistory } from './history-queries'

const EMPTY: VendorHistory = {
  incidentsBySource: new Map(),
  coverage: { from: null, to: null, gaps: [] },
  sources: [],
}

/** An archive that only counts its reads: the history query needs nothing else. */
function countingArchive() {
  const reads: string[] = []
  const readVendor = (vendorId: string) => {
    reads.push(vendorId)
    return Promise.resolve(EMPTY)
  }
  return { archive: { readVendor } as Pick<Archive, 'readVendor'> as Archive, reads }
}

const clients: QueryClient[] = []
afterEach(() => {
  for (const client of clients.splice(0)) client.clear()
})

/** Watches each vendor's history, as the screens do, and waits for the first reads. */
async function watch(archive: Archive, vendorIds: readonly string[]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  clients.push(client)
  const observers = vendorIds.map(
    (id) => new QueryObserver(client, historyQueries.read(archive, id, {})),
  )
  const stops = observers.map((observer) => observer.subscribe(() => {}))
  await Promise.all(vendorIds.map((id) => client.fetchQuery(historyQueries.read(archive, id, {}))))
  return { client, stop: () => stops.forEach((stop) => stop()) }
}

describe('refreshHistory', () => {
  it("reads one vendor's history again and leaves the others as they are", async () => {
    const { archive, reads } = countingArchive()
    const { client, stop } = await watch(archive, ['a', 'b'])
    reads.length = 0
    await refreshHistory(client, 'a')
    expect(reads).toEqual(['a'])
    stop()
  })

  it("reads every vendor's history again when no vendor is named", async () => {
    const { archive, reads } = countingArchive()
    const { client, stop } = await watch(archive, ['a', 'b'])
    reads.length = 0
    await refreshHistory(client)
    expect(reads.sort()).toEqual(['a', 'b'])
    stop()
  })

  it('gives a new incident list after every refresh, as every read did before', async () => {
    const { archive } = countingArchive()
    const { client, stop } = await watch(archive, ['a'])
    const before = client.getQueryData(historyQueries.read(archive, 'a', {}).queryKey)
    await refreshHistory(client, 'a')
    const after = client.getQueryData(historyQueries.read(archive, 'a', {}).queryKey)
    expect(after?.incidents).toEqual(before?.incidents)
    expect(after?.incidents).not.toBe(before?.incidents)
    stop()
  })

  it('keeps one cached history per vendor however often it is refreshed', async () => {
    const { archive } = countingArchive()
    const { client, stop } = await watch(archive, ['a'])
    await refreshHistory(client, 'a')
    await refreshHistory(client, 'a')
    expect(client.getQueryCache().findAll({ queryKey: historyQueries.vendor('a') })).toHaveLength(1)
    stop()
  })

  it('reads again when storage changes while the first read is still running', async () => {
    const source = { sourceId: 's' } as VendorHistory['sources'][number]
    const before: VendorHistory = { ...EMPTY, sources: [] }
    const after: VendorHistory = { ...EMPTY, sources: [source] }
    let release = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    let reads = 0
    // The first read saw storage before the change and is slow; the next one sees the change.
    const readVendor = async () => {
      reads += 1
      if (reads > 1) return after
      await gate
      return before
    }
    const archive = { readVendor } as Pick<Archive, 'readVendor'> as Archive
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    clients.push(client)
    const options = historyQueries.read(archive, 'a', {})
    const stop = new QueryObserver(client, options).subscribe(() => {})
    await Promise.resolve()
    const refreshed = refreshHistory(client, 'a')
    release()
    await refreshed
    expect(client.getQueryData(options.queryKey)?.sourceRecords).toEqual([source])
    stop()
  })
})
