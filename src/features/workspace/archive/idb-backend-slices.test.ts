import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { emptyBatch } from './archive-backend'
import { makeIncident } from './__fixtures__/archive-fixtures'
import { failNthPut } from './__fixtures__/fail-nth-put'
import { openIdbBackend } from './idb-backend'
import { READ_PAGE } from './read-in-pages'

const records = (count: number, vendorId = 'v', sourceId = 's') =>
  Array.from({ length: count }, (_, index) => {
    const incident = makeIncident({ id: `i${index}` })
    return { vendorId, sourceId, incidentId: incident.id, incident }
  })

async function openBackend() {
  const opened = await openIdbBackend(new IDBFactory(), { onClosed: () => undefined })
  if (!opened.ok) throw new Error(`the test database did not open: ${opened.reason}`)
  return opened.backend
}

/** A clock that moves 5 ms each time it is read, so every slice holds only a put or two. */
function slowClock() {
  let clock = 0
  vi.spyOn(performance, 'now').mockImplementation(() => (clock += 5))
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('writing a batch in slices', () => {
  it('stores every record of a batch that spans many slices', async () => {
    const backend = await openBackend()
    slowClock()
    await backend.write({ ...emptyBatch(), incidents: records(60) })
    const stored = await backend.readVendor('v')
    expect(stored.incidents.map((r) => r.incidentId).sort()).toEqual(
      records(60)
        .map((r) => r.incidentId)
        .sort(),
    )
  })

  it('stores nothing of the batch and reports the error when a put in a later slice throws', async () => {
    const backend = await openBackend()
    slowClock()
    const puts = failNthPut(30)
    await expect(backend.write({ ...emptyBatch(), incidents: records(60) })).rejects.toMatchObject({
      name: 'QuotaExceededError',
    })
    puts.restore()
    expect((await backend.readVendor('v')).incidents).toEqual([])
  })
})

describe('reading a history in pages', () => {
  it("reads all of a vendor's records over several pages, in key order, and no one else's", async () => {
    const backend = await openBackend()
    const mine = [...records(READ_PAGE + 50, 'v', 's'), ...records(READ_PAGE, 'v', 't')]
    await backend.write({ ...emptyBatch(), incidents: [...mine, ...records(30, 'v2', 's')] })
    const byKey = (r: { sourceId: string; incidentId: string }) => `${r.sourceId} ${r.incidentId}`
    const stored = await backend.readVendor('v')
    expect(stored.incidents.map(byKey)).toEqual(mine.map(byKey).sort())
    const ofSource = await backend.readSource('v', 't')
    expect(ofSource.incidents.map(byKey)).toEqual(records(READ_PAGE, 'v', 't').map(byKey).sort())
  })
})
