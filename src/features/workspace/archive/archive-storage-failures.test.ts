import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { makeFeed, makeIncident, makeVendorConfig } from './__fixtures__/archive-fixtures'
import { ArchiveReadError } from './archive-types'
import { createArchive } from './create-archive'
import { ARCHIVE_DB_NAME, openIdbBackend } from './idb-backend'

const LOADED = '2026-02-01T00:00:00.000Z'
const unhandled: unknown[] = []
const onUnhandled = (reason: unknown) => unhandled.push(reason)

beforeEach(() => {
  unhandled.length = 0
  process.on('unhandledRejection', onUnhandled)
})

afterEach(async () => {
  vi.restoreAllMocks()
  await new Promise((resolve) => setTimeout(resolve, 20))
  process.off('unhandledRejection', onUnhandled)
  expect(unhandled).toEqual([])
})

function failPuts(how: 'quota' | 'abort') {
  const put = IDBObjectStore.prototype.put
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args
  ) {
    if (how === 'quota') throw new DOMException('Quota exceeded.', 'QuotaExceededError')
    const request = put.apply(this, args)
    this.transaction.abort()
    return request
  })
}

const ids = async (archive: Awaited<ReturnType<typeof createArchive>>) =>
  (await archive.readVendor('v')).incidentsBySource.get('s')?.map((i) => i.id) ?? []

describe('storage full (D6)', () => {
  it('keeps history in memory with one notice, then saves it once writes succeed', async () => {
    const factory = new IDBFactory()
    const archive = await createArchive({ indexedDB: factory })
    await archive.mergeLoad('v', 's', makeFeed([makeIncident({ id: 'a' })]), LOADED)
    failPuts('quota')
    const first = await archive.mergeLoad('v', 's', makeFeed([makeIncident({ id: 'b' })]), LOADED)
    const second = await archive.mergeLoad('v', 's', makeFeed([makeIncident({ id: 'c' })]), LOADED)
    expect(first).toEqual({ added: 1, updated: 0, unchanged: 0, saved: false })
    expect(second.saved).toBe(false)
    expect(archive.notices()).toEqual([
      {
        id: 'archive-full',
        level: 'warning',
        message:
          'Storage is full, so new history is kept only until you close the tab. Export the ' +
          'archive or free some space in the browser.',
      },
    ])
    expect(archive.persistence()).toBe('memory')
    expect(await ids(archive)).toEqual(['a', 'b', 'c'])
    vi.restoreAllMocks()
    expect(
      await archive.mergeLoad('v', 's', makeFeed([makeIncident({ id: 'd' })]), LOADED),
    ).toMatchObject({
      saved: true,
    })
    expect(archive.notices()).toEqual([])
    expect(archive.persistence()).toBe('saved')
    archive.close()
    expect(await ids(await createArchive({ indexedDB: factory }))).toEqual(['a', 'b', 'c', 'd'])
  })

  it('keeps a removal that could not be written and replays it later', async () => {
    const factory = new IDBFactory()
    const archive = await createArchive({ indexedDB: factory })
    await archive.mergeLoad('v', 's', makeFeed([makeIncident({ id: 'a' })]), LOADED)
    await archive.mergeLoad('w', 's', makeFeed([makeIncident({ id: 'a' })]), LOADED)
    const deleting = vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(() => {
      throw new DOMException('Quota exceeded.', 'QuotaExceededError')
    })
    await archive.removeVendor('v')
    expect(await ids(archive)).toEqual([])
    deleting.mockRestore()
    await archive.mergeLoad('w', 's', makeFeed([makeIncident({ id: 'b' })]), LOADED)
    archive.close()
    const reopened = await createArchive({ indexedDB: factory })
    expect(await ids(reopened)).toEqual([])
    expect((await reopened.readVendor('w')).incidentsBySource.get('s')).toHaveLength(2)
  })

  it('treats an aborted write like a failed one, with its own notice', async () => {
    const archive = await createArchive({ indexedDB: new IDBFactory() })
    failPuts('abort')
    const result = await archive.mergeLoad('v', 's', makeFeed([makeIncident({ id: 'a' })]), LOADED)
    expect(result.saved).toBe(false)
    expect(archive.notices().map((n) => n.message)).toEqual([
      'New history could not be saved and is kept only until you close the tab.',
    ])
    expect(await ids(archive)).toEqual(['a'])
  })
})

describe('other tabs (D8)', () => {
  it('closes for another tab’s upgrade and asks for a reload', async () => {
    const factory = new IDBFactory()
    const archive = await createArchive({ indexedDB: factory })
    await archive.mergeLoad('v', 's', makeFeed([makeIncident({ id: 'a' })]), LOADED)
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(ARCHIVE_DB_NAME, 2)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
      request.onblocked = () => reject(new Error('blocked by the archive'))
    })
    expect(upgraded.version).toBe(2)
    expect(archive.notices().map((n) => n.message)).toEqual([
      'Vendor Reliability was updated in another tab. Reload this page to keep saving history.',
    ])
    expect(archive.persistence()).toBe('memory')
    // What this tab wrote before the close still shows, beside what it keeps in memory since.
    expect(await ids(archive)).toEqual(['a'])
    expect(
      await archive.mergeLoad('v', 's', makeFeed([makeIncident({ id: 'b' })]), LOADED),
    ).toMatchObject({
      saved: false,
    })
    expect(await ids(archive)).toEqual(['a', 'b'])
    await expect(archive.exportArchive([makeVendorConfig('v', ['s'])])).rejects.toBeInstanceOf(
      ArchiveReadError,
    )
    expect(archive.notices().map((n) => n.id)).toEqual(['archive-reload'])
    upgraded.close()
  })

  it('gives up on an upgrade blocked by an old connection instead of hanging', async () => {
    const factory = new IDBFactory()
    const old = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open('blocked-test', 1)
      request.onsuccess = () => resolve(request.result)
    })
    const onClosed = vi.fn()
    const started = Date.now()
    const outcome = await openIdbBackend(factory, {
      name: 'blocked-test',
      version: 2,
      blockedTimeoutMs: 50,
      onClosed,
    })
    expect(outcome).toEqual({ ok: false, reason: 'blocked' })
    expect(Date.now() - started).toBeLessThan(1000)
    old.close()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(onClosed).not.toHaveBeenCalled()
  })

  it('works from memory, without asking for a reload, when a newer version upgraded the database', async () => {
    const factory = new IDBFactory()
    const newer = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open(ARCHIVE_DB_NAME, 5)
      request.onsuccess = () => resolve(request.result)
    })
    newer.close()
    const archive = await createArchive({ indexedDB: factory })
    expect(archive.notices().map((n) => n.message)).toEqual([
      'Stored history could not be read: it was saved by a newer version of Vendor Reliability; ' +
        'working from memory, so history lasts until you close the tab.',
    ])
    expect(archive.persistence()).toBe('memory')
    await archive.mergeLoad('v', 's', makeFeed([makeIncident({ id: 'a' })]), LOADED)
    expect(await ids(archive)).toEqual(['a'])
  })
})
