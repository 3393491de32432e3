// No fake-indexeddb here: this file runs where IndexedDB does not exist at all.
import { describe, expect, it } from 'vitest'
import { makeFeed, makeIncident, makeVendorConfig } from './__fixtures__/archive-fixtures'
import { createArchive } from './create-archive'
import { parseArchiveFile } from './parse-archive-file'

const UNAVAILABLE = "History can't be saved in this browser; it lasts until you close the tab."
const LOADED = '2026-02-01T00:00:00.000Z'

describe('the archive without IndexedDB', () => {
  it('falls back to memory with a notice when indexedDB is undefined (D7)', async () => {
    expect(globalThis.indexedDB).toBeUndefined()
    const archive = await createArchive()
    expect(archive.notices().map((n) => n.message)).toEqual([UNAVAILABLE])
    expect(archive.persistence()).toBe('memory')
    await archive.mergeLoad('v', 's', makeFeed([makeIncident({ id: 'a' })]), LOADED)
    expect(
      await archive.mergeLoad('v', 's', makeFeed([makeIncident({ id: 'b' })]), LOADED),
    ).toEqual({ added: 1, updated: 0, unchanged: 0, saved: true })
    const history = await archive.readVendor('v')
    expect(history.incidentsBySource.get('s')?.map((i) => i.id)).toEqual(['a', 'b'])
  })

  it('falls back to memory when open throws a SecurityError', async () => {
    const throwing = {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    } as unknown as IDBFactory
    const archive = await createArchive({ indexedDB: throwing })
    expect(archive.notices().map((n) => n.id)).toEqual(['archive-unavailable'])
    await archive.mergeLoad('v', 's', makeFeed([makeIncident({ id: 'a' })]), LOADED)
    expect((await archive.readVendor('v')).incidentsBySource.get('s')).toHaveLength(1)
  })

  it('offers the whole interface in memory: export, import and removal', async () => {
    const archive = await createArchive({ indexedDB: null, now: () => new Date(LOADED) })
    const config = makeVendorConfig('v', ['s'])
    const coverage = { from: '2026-01-01T00:00:00.000Z', to: LOADED }
    await archive.mergeLoad('v', 's', makeFeed([makeIncident({ id: 'a' })], coverage), LOADED)
    const exported = await archive.exportArchive([config])
    await archive.removeVendor('v')
    expect((await archive.readVendor('v')).sources).toEqual([])
    const parsed = parseArchiveFile(JSON.stringify(exported))
    if (!parsed.ok) throw new Error(parsed.message)
    expect(await archive.importArchive(parsed.archive)).toMatchObject({
      ok: true,
      vendors: [config],
      counts: { added: 1 },
    })
    expect(await archive.exportArchive([config])).toEqual(exported)
    await archive.removeSource('v', 's')
    expect((await archive.readVendor('v')).incidentsBySource.size).toBe(0)
  })
})
