import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { makeFeed, makeIncident, makeUpdate } from './__fixtures__/archive-fixtures'
import { createArchive } from './create-archive'

const LOADED = '2026-02-01T00:00:00.000Z'
const coverage = (from: string, to: string) => ({ from, to })

function openIncident(id: string) {
  return makeIncident({ id, end: null, updates: [makeUpdate('2025-01-10T10:00:00.000Z')] })
}

describe('mergeLoad', () => {
  it('keeps incidents that dropped out of the feed', async () => {
    const archive = await createArchive({ indexedDB: new IDBFactory() })
    const [a, b, c] = ['a', 'b', 'c'].map((id) => makeIncident({ id }))
    expect(await archive.mergeLoad('v', 's', makeFeed([a!, b!]), LOADED)).toEqual({
      added: 2,
      updated: 0,
      unchanged: 0,
      saved: true,
    })
    expect(await archive.mergeLoad('v', 's', makeFeed([b!, c!]), LOADED)).toMatchObject({
      added: 1,
      unchanged: 1,
    })
    const history = await archive.readVendor('v')
    expect(
      history.incidentsBySource
        .get('s')
        ?.map((i) => i.id)
        .sort(),
    ).toEqual(['a', 'b', 'c'])
  })

  it('replaces an incident, updates and all, with its newer version', async () => {
    const archive = await createArchive({ indexedDB: new IDBFactory() })
    const open = openIncident('x')
    await archive.mergeLoad('v', 's', makeFeed([open]), LOADED)
    const resolved = {
      ...open,
      end: '2025-01-10T12:00:00.000Z',
      durationMinutes: 120,
      timeline: { start: open.start, end: '2025-01-10T12:00:00.000Z', durationMinutes: 120 },
      updates: [...open.updates, makeUpdate('2025-01-10T12:00:00.000Z')],
    }
    expect(await archive.mergeLoad('v', 's', makeFeed([resolved]), LOADED)).toMatchObject({
      updated: 1,
    })
    expect(await archive.mergeLoad('v', 's', makeFeed([open]), LOADED)).toMatchObject({
      unchanged: 1,
    })
    const [stored] = (await archive.readVendor('v')).incidentsBySource.get('s') ?? []
    expect(stored).toEqual(resolved)
  })

  it('removes nothing on an empty load and records coverage only when stated', async () => {
    const archive = await createArchive({ indexedDB: new IDBFactory() })
    await archive.mergeLoad('v', 's', makeFeed([makeIncident({ id: 'a' })]), LOADED)
    const before = await archive.readVendor('v')
    expect(await archive.mergeLoad('v', 's', makeFeed([]), '2026-03-01T00:00:00.000Z')).toEqual({
      added: 0,
      updated: 0,
      unchanged: 0,
      saved: true,
    })
    expect(await archive.readVendor('v')).toEqual(before)
    await archive.mergeLoad(
      'v',
      's',
      makeFeed([], coverage('2026-02-10T00:00:00.000Z', '2026-02-20T00:00:00.000Z')),
      '2026-02-20T00:00:00.000Z',
    )
    const after = await archive.readVendor('v')
    expect(after.incidentsBySource.get('s')?.map((i) => i.id)).toEqual(['a'])
    expect(after.sources[0]).toMatchObject({
      intervals: [{ from: '2026-02-10T00:00:00.000Z', to: '2026-02-20T00:00:00.000Z' }],
      lastLoadedAt: '2026-02-20T00:00:00.000Z',
    })
  })

  it('unions coverage of every load and source and reports the gaps', async () => {
    const archive = await createArchive({ indexedDB: new IDBFactory() })
    const feed = (from: string, to: string | null) =>
      makeFeed([makeIncident()], { from, to }, { vendor: 'Acme Inc', warnings: ['w1', 'w2'] })
    await archive.mergeLoad(
      'v',
      'atom',
      feed('2026-01-01T00:00:00.000Z', '2026-01-10T00:00:00.000Z'),
      LOADED,
    )
    await archive.mergeLoad(
      'v',
      'atom',
      feed('2026-01-08T00:00:00.000Z', '2026-01-15T00:00:00.000Z'),
      LOADED,
    )
    await archive.mergeLoad(
      'v',
      'json',
      feed('2026-01-20T00:00:00.000Z', null),
      '2026-01-25T00:00:00.000Z',
    )
    const { coverage: union, sources } = await archive.readVendor('v')
    expect(union).toEqual({
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-01-25T00:00:00.000Z',
      gaps: [{ from: '2026-01-15T00:00:00.000Z', to: '2026-01-20T00:00:00.000Z' }],
    })
    expect(sources.map((s) => [s.sourceId, s.intervals.length])).toEqual([
      ['atom', 1],
      ['json', 1],
    ])
    expect(sources[0]).toMatchObject({
      format: 'statuspage-atom',
      feedVendorName: 'Acme Inc',
      warningsCount: 2,
    })
  })

  it('survives reopening the database', async () => {
    const factory = new IDBFactory()
    const first = await createArchive({ indexedDB: factory })
    await first.mergeLoad('v', 's', makeFeed([makeIncident({ id: 'kept' })]), LOADED)
    first.close()
    const second = await createArchive({ indexedDB: factory })
    expect(second.persistence()).toBe('saved')
    expect(second.notices()).toEqual([])
    expect((await second.readVendor('v')).incidentsBySource.get('s')?.[0]?.id).toBe('kept')
  })
})

describe('removing', () => {
  it('removes one source or a whole vendor and nothing else', async () => {
    const archive = await createArchive({ indexedDB: new IDBFactory() })
    const feed = makeFeed([makeIncident({ id: 'i' })], coverage('2026-01-01T00:00:00.000Z', LOADED))
    await archive.mergeLoad('v', 's1', feed, LOADED)
    await archive.mergeLoad('v', 's2', feed, LOADED)
    await archive.mergeLoad('w', 's1', feed, LOADED)
    await archive.removeSource('v', 's1')
    const v = await archive.readVendor('v')
    expect([...v.incidentsBySource.keys()]).toEqual(['s2'])
    expect(v.sources.map((s) => s.sourceId)).toEqual(['s2'])
    await archive.removeVendor('v')
    expect((await archive.readVendor('v')).incidentsBySource.size).toBe(0)
    expect((await archive.readVendor('v')).coverage).toEqual({ from: null, to: null, gaps: [] })
    expect((await archive.readVendor('w')).incidentsBySource.get('s1')).toHaveLength(1)
  })
})
