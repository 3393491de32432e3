import { afterEach, describe, expect, it, vi } from 'vitest'
import { makeIncident } from './__fixtures__/archive-fixtures'
import { checkStoredRecordsInSlices } from './check-in-slices'
import { checkStoredRecords } from './stored-records'

/** 240 incident records, every seventh with a start stored as a number, and two sources. */
function storedRead() {
  const values = Array.from({ length: 240 }, (_, index) => {
    const incident = makeIncident({ id: `i${index}` })
    const stored = index % 7 === 0 ? { ...incident, start: 5 } : incident
    return { vendorId: 'v', sourceId: 's', incidentId: incident.id, incident: stored }
  })
  const source = {
    vendorId: 'v',
    sourceId: 's',
    intervals: [],
    lastLoadedAt: '2025-02-01T00:00:00.000Z',
    format: 'statuspage-atom',
    feedVendorName: 'Acme',
    warningsCount: 0,
  }
  return {
    incidents: { keys: values.map((_, index) => ['v', 's', `i${index}`]), values },
    sources: {
      keys: [
        ['v', 's'],
        ['v', 't'],
      ],
      values: [source, 'not a record'],
    },
  }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('checkStoredRecordsInSlices', () => {
  it('finds the same valid records and problems, in the same order, as one pass does', async () => {
    const read = storedRead()
    await expect(checkStoredRecordsInSlices(read)).resolves.toEqual(checkStoredRecords(read))
  })

  it('gives the page a turn between slices when checking takes a while', async () => {
    let clock = 0
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 5))
    const timeout = vi.spyOn(globalThis, 'setTimeout')
    const read = storedRead()
    await expect(checkStoredRecordsInSlices(read)).resolves.toEqual(checkStoredRecords(read))
    expect(timeout).toHaveBeenCalled()
  })
})
