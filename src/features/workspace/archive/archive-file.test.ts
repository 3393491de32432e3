import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  makeFeed,
  makeIncident,
  makeVendorConfig,
  parseFixture,
} from './__fixtures__/archive-fixtures'
import { failNthPut } from './__fixtures__/fail-nth-put'
import { createArchive } from './create-archive'
import { parseArchiveFile } from './parse-archive-file'

const NOW = new Date('2026-03-01T12:00:00.000Z')
const now = () => NOW
const LOADED = '2026-02-01T00:00:00.000Z'

afterEach(() => {
  vi.restoreAllMocks()
})

async function seededArchive() {
  const archive = await createArchive({ indexedDB: new IDBFactory(), now })
  await archive.mergeLoad(
    'maestra',
    'rss',
    parseFixture('seeds/maestra-status-history.rss'),
    LOADED,
  )
  await archive.mergeLoad(
    'github',
    'atom',
    parseFixture('real/statuspage-history-github-2026-02-04.atom'),
    LOADED,
  )
  await archive.mergeLoad(
    'github',
    'json',
    parseFixture('real/statuspage-incident-github-rgy28jwprr1c.json'),
    LOADED,
  )
  const configs = [
    makeVendorConfig('maestra', ['rss']),
    makeVendorConfig('github', ['atom', 'json']),
  ]
  return { archive, configs }
}

function importable(value: unknown) {
  const parsed = parseArchiveFile(JSON.stringify(value))
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.archive
}

describe('export and import', () => {
  it('round-trips real parsed history into an empty archive unchanged', async () => {
    const { archive, configs } = await seededArchive()
    const exported = await archive.exportArchive(configs)
    expect(exported).toMatchObject({
      format: 'vendor-reliability-archive',
      version: 1,
      exportedAt: NOW.toISOString(),
    })
    const maestra = exported.vendors.find((v) => v.config.id === 'maestra')?.incidents ?? []
    expect(maestra.filter(({ incident }) => incident.kind === 'incident')).toHaveLength(8)
    const target = await createArchive({ indexedDB: new IDBFactory(), now })
    const outcome = await target.importArchive(importable(exported))
    expect(outcome).toMatchObject({ ok: true, vendors: configs })
    expect(await target.exportArchive(configs)).toEqual(JSON.parse(JSON.stringify(exported)))
    expect(await target.readVendor('github')).toEqual(await archive.readVendor('github'))
  })

  it('exports one vendor on request, and merges a re-import without duplicates', async () => {
    const { archive, configs } = await seededArchive()
    const one = await archive.exportArchive(configs, ['maestra'])
    expect(one.vendors.map((v) => v.config.id)).toEqual(['maestra'])
    const again = await archive.importArchive(importable(one))
    const count = one.vendors[0]?.incidents.length
    expect(count).toBeGreaterThan(8)
    expect(again).toMatchObject({ ok: true, counts: { added: 0, updated: 0, unchanged: count } })
    expect((await archive.readVendor('maestra')).incidentsBySource.get('rss')).toHaveLength(count!)
  })

  it('is atomic: a failure half-way leaves the stored history untouched', async () => {
    const { archive, configs } = await seededArchive()
    const file = await archive.exportArchive(configs)
    const target = await createArchive({ indexedDB: new IDBFactory(), now })
    await target.mergeLoad('maestra', 'rss', makeFeed([makeIncident({ id: 'local-only' })]), LOADED)
    const before = await target.exportArchive(configs)
    const puts = failNthPut(5)
    const outcome = await target.importArchive(importable(file))
    expect(puts.calls()).toBe(5)
    expect(outcome).toEqual({
      ok: false,
      message: 'Storage is full, so nothing was imported. Free some space and try again.',
    })
    vi.restoreAllMocks()
    expect(await target.exportArchive(configs)).toEqual(before)
    expect((await target.readVendor('github')).incidentsBySource.size).toBe(0)
  })

  it('refuses a future version without touching stored data', async () => {
    const { archive, configs } = await seededArchive()
    const before = await archive.exportArchive(configs)
    const future = { ...before, version: 2, vendors: [] }
    expect(parseArchiveFile(JSON.stringify(future))).toEqual({
      ok: false,
      message:
        'This archive was written by a newer version of Vendor Reliability (version 2); nothing was changed.',
    })
    expect(await archive.exportArchive(configs)).toEqual(before)
  })
})
