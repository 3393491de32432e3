import { describe, expect, it } from 'vitest'
import { dedupeIncidents } from './dedupe'
import { makeIncident, makeMaintenance, makeUpdate } from '../__fixtures__/make-incident'

describe('dedupeIncidents', () => {
  it('keeps one item per id, alias chain or identical content', () => {
    const a = makeIncident({ id: 'a' })
    const b = makeIncident({ id: 'b', aliases: ['a'] })
    const c = makeIncident({ id: 'c', aliases: ['b'] })
    const twin = { ...makeIncident({ id: 'x' }), title: 'Same', start: '2025-03-01T00:00:00.000Z' }
    const twinCopy = { ...twin, id: 'y', components: [...twin.components] }
    expect(dedupeIncidents([a, b, c, a]).map((item) => item.id)).toEqual(['a'])
    expect(dedupeIncidents([twin, twinCopy]).map((item) => item.id)).toEqual(['x'])
  })

  it('keeps items that differ in anything but the id', () => {
    const start = '2026-05-24T05:00:00.000Z'
    const may24 = makeMaintenance({
      title: 'API gateway maintenance',
      start,
      end: '2026-05-24T06:00:00.000Z',
    })
    const may25 = makeMaintenance({
      title: 'API gateway maintenance',
      start: '2026-05-25T05:00:00.000Z',
      end: '2026-05-25T06:00:00.000Z',
    })
    const otherUpdates = { ...may24, id: 'other', updates: [makeUpdate(start)] }
    const otherImpact = { ...may24, id: 'impact', impact: 'unknown' as const }
    expect(dedupeIncidents([may24, may25, otherUpdates, otherImpact])).toHaveLength(4)
  })

  it('keeps the resolved one of a group', () => {
    const open = makeIncident({ id: 'a', end: null })
    const resolved = makeIncident({ id: 'b', aliases: ['a'] })
    expect(dedupeIncidents([open, resolved]).map((item) => item.id)).toEqual(['b'])
  })
})
