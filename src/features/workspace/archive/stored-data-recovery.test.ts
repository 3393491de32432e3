import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { makeFeed, makeIncident } from './__fixtures__/archive-fixtures'
import { createArchive } from './create-archive'
import { ARCHIVE_DB_NAME, ARCHIVE_DB_VERSION } from './idb-backend'

const LOADED = '2026-02-01T00:00:00.000Z'
const COVERAGE = { from: '2025-01-01T00:00:00.000Z', to: LOADED }

function openRaw(factory: IDBFactory, version: number, upgrade?: (db: IDBDatabase) => void) {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(ARCHIVE_DB_NAME, version)
    request.onupgradeneeded = () => upgrade?.(request.result)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

/** Writes values straight into a store, as another program or a hand edit could. */
async function putRaw(factory: IDBFactory, store: string, values: unknown[]) {
  const db = await openRaw(factory, ARCHIVE_DB_VERSION)
  const tx = db.transaction(store, 'readwrite')
  for (const value of values) tx.objectStore(store).put(value)
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve
    tx.onerror = () => reject(tx.error)
  })
  db.close()
}

async function countRaw(factory: IDBFactory, store: string) {
  const db = await openRaw(factory, ARCHIVE_DB_VERSION)
  const request = db.transaction(store).objectStore(store).count()
  const count = await new Promise<number>((resolve) => {
    request.onsuccess = () => resolve(request.result)
  })
  db.close()
  return count
}

/** An archive holding two valid incidents of vendor v, source s. */
async function seededFactory() {
  const factory = new IDBFactory()
  const archive = await createArchive({ indexedDB: factory })
  const feed = makeFeed([makeIncident({ id: 'a' }), makeIncident({ id: 'b' })], COVERAGE)
  await archive.mergeLoad('v', 's', feed, LOADED)
  archive.close()
  return factory
}

const incidentRecord = (id: string, overrides: Record<string, unknown>) => ({
  vendorId: 'v',
  sourceId: 's',
  incidentId: id,
  incident: { ...makeIncident({ id }), ...overrides },
})

const ids = (
  history: Awaited<ReturnType<Awaited<ReturnType<typeof createArchive>>['readVendor']>>,
) => [...history.incidentsBySource.values()].flat().map((incident) => incident.id)

describe('invalid records in IndexedDB', () => {
  it.each([
    ['a start that is a number', incidentRecord('bad', { start: 12345 })],
    ['components that are a string', incidentRecord('bad', { components: 'API' })],
    ['an incident that is not an object', { ...incidentRecord('bad', {}), incident: 'oops' }],
    [
      'a record that is an array',
      Object.assign(['not', 'a', 'record'], { vendorId: 'v', sourceId: 's', incidentId: 'bad' }),
    ],
  ])('leaves out %s, shows the rest and reports it once', async (_name, record) => {
    const factory = await seededFactory()
    await putRaw(factory, 'incidents', [record])
    const archive = await createArchive({ indexedDB: factory })
    const history = await archive.readVendor('v')
    expect(ids(history).sort()).toEqual(['a', 'b'])
    expect(history.coverage.from).toBe(COVERAGE.from)
    await archive.readVendor('v')
    const notices = archive.notices()
    expect(notices.map((n) => n.id)).toEqual(['archive-bad-records'])
    expect(notices[0]?.message).toMatch(/^1 stored record could not be read and is left out \(/)
    expect(archive.exportBadRecords().records).toEqual([
      expect.objectContaining({ store: 'incidents', key: ['v', 's', 'bad'] }),
    ])
  })

  it('leaves out a bad source record and keeps that source’s incidents', async () => {
    const factory = await seededFactory()
    await putRaw(factory, 'sources', [
      { vendorId: 'v', sourceId: 't', intervals: 'always', lastLoadedAt: LOADED },
    ])
    await putRaw(factory, 'incidents', [{ ...incidentRecord('c', {}), sourceId: 't' }])
    const archive = await createArchive({ indexedDB: factory })
    const history = await archive.readVendor('v')
    expect(history.sources.map((source) => source.sourceId)).toEqual(['s'])
    expect(ids(history).sort()).toEqual(['a', 'b', 'c'])
    expect(archive.notices()[0]?.message).toContain('(source record: intervals: ')
  })

  it('counts every bad record in one notice and exports them as JSON', async () => {
    const factory = await seededFactory()
    await putRaw(factory, 'incidents', [
      incidentRecord('x', { start: 12345 }),
      incidentRecord('y', { components: 'API', big: 10n }),
    ])
    const archive = await createArchive({ indexedDB: factory })
    await archive.readVendor('v')
    expect(archive.notices().map((n) => n.message)).toEqual([
      expect.stringMatching(
        /^2 stored records could not be read and are left out \(incident record: /,
      ),
    ])
    const exported = archive.exportBadRecords()
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported)
    expect(exported.records.map((r) => r.key)).toEqual([
      ['v', 's', 'x'],
      ['v', 's', 'y'],
    ])
    expect(exported.records[1]?.value).toMatchObject({ incident: { big: '10' } })
  })

  it('removes the bad records on request, but not one a load has since replaced', async () => {
    const factory = await seededFactory()
    await putRaw(factory, 'incidents', [
      incidentRecord('x', { start: 12345 }),
      incidentRecord('y', { start: 12345 }),
    ])
    const archive = await createArchive({ indexedDB: factory })
    await archive.readVendor('v')
    expect(await countRaw(factory, 'incidents')).toBe(4)
    // The feed brings a valid `y`, which takes the bad one's place before the user removes.
    await archive.mergeLoad('v', 's', makeFeed([makeIncident({ id: 'y' })], COVERAGE), LOADED)
    expect(await archive.removeBadRecords()).toBe(1)
    expect(archive.notices()).toEqual([])
    expect(ids(await archive.readVendor('v')).sort()).toEqual(['a', 'b', 'y'])
    expect(archive.notices()).toEqual([])
    expect(await countRaw(factory, 'incidents')).toBe(3)
  })

  it('does not bring back a dismissed notice for the same records', async () => {
    const factory = await seededFactory()
    await putRaw(factory, 'incidents', [incidentRecord('x', { start: 12345 })])
    const archive = await createArchive({ indexedDB: factory })
    await archive.readVendor('v')
    archive.dismissNotice('archive-bad-records')
    await archive.readVendor('v')
    expect(archive.notices()).toEqual([])
    await putRaw(factory, 'incidents', [incidentRecord('z', { components: 'API' })])
    await archive.readVendor('v')
    expect(archive.notices().map((n) => n.message)).toEqual([
      expect.stringMatching(/^2 stored records could not be read/),
    ])
  })
})

describe('a database the archive cannot use', () => {
  const cases: [string, (factory: IDBFactory) => Promise<void>, string][] = [
    [
      'one with no object stores',
      async (factory) => (await openRaw(factory, ARCHIVE_DB_VERSION)).close(),
      'the database has no object stores',
    ],
    [
      'one laid out by another program',
      async (factory) => {
        const db = await openRaw(factory, ARCHIVE_DB_VERSION, (created) => {
          created.createObjectStore('incidents').put('a string record', 'k')
          created.createObjectStore('sources')
        })
        db.close()
      },
      'the "incidents" store is laid out differently from this version\'s',
    ],
    [
      'one missing a store',
      async (factory) => {
        const db = await openRaw(factory, ARCHIVE_DB_VERSION, (created) => {
          created.createObjectStore('incidents', {
            keyPath: ['vendorId', 'sourceId', 'incidentId'],
          })
        })
        db.close()
      },
      'the database has no "sources" store',
    ],
    [
      'one from a newer version',
      async (factory) => (await openRaw(factory, ARCHIVE_DB_VERSION + 1)).close(),
      'it was saved by a newer version of Vendor Reliability',
    ],
  ]

  it.each(cases)('%s: says so and works from memory', async (_name, prepare, reason) => {
    const factory = new IDBFactory()
    await prepare(factory)
    const archive = await createArchive({ indexedDB: factory })
    expect(archive.notices().map((n) => n.message)).toEqual([
      `Stored history could not be read: ${reason}; working from memory, so history lasts until you close the tab.`,
    ])
    expect(archive.persistence()).toBe('memory')
    const feed = makeFeed([makeIncident({ id: 'a' })], COVERAGE)
    expect(await archive.mergeLoad('v', 's', feed, LOADED)).toMatchObject({ added: 1 })
    expect(ids(await archive.readVendor('v'))).toEqual(['a'])
  })
})

describe('a read that fails after opening', () => {
  it('keeps showing what was read, with a notice, instead of failing', async () => {
    const factory = await seededFactory()
    const archive = await createArchive({ indexedDB: factory })
    expect(ids(await archive.readVendor('v')).sort()).toEqual(['a', 'b'])
    const getAll = IDBObjectStore.prototype.getAll
    IDBObjectStore.prototype.getAll = () => {
      throw new DOMException('The disk is gone.', 'UnknownError')
    }
    try {
      expect(ids(await archive.readVendor('v')).sort()).toEqual(['a', 'b'])
    } finally {
      IDBObjectStore.prototype.getAll = getAll
    }
    expect(archive.notices().map((n) => n.message)).toEqual([
      'Stored history could not be read: UnknownError: The disk is gone.; working from memory, ' +
        'so history lasts until you close the tab.',
    ])
  })
})
