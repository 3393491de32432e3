import { describe, expect, it } from 'vitest'
import type { UncheckedIncident } from '../incident-end'
import type { Incident } from '../model'
import { mergeSourceIncidents } from './merge-sources'

function makeIncident(overrides: Partial<UncheckedIncident> = {}): Incident {
  const incident: UncheckedIncident = {
    id: 'https://status.acme.test/incidents/abc123',
    aliases: [],
    vendor: 'Acme',
    kind: 'incident',
    title: 'API errors',
    url: 'https://status.acme.test/incidents/abc123',
    components: [],
    componentsInferred: false,
    impact: 'unknown',
    impactInferred: true,
    start: '2026-03-02T10:00:00Z',
    end: '2026-03-02T11:00:00Z',
    durationMinutes: 60,
    declaredDurationMinutes: null,
    timeline: { start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z', durationMinutes: 60 },
    scheduledStart: null,
    scheduledEnd: null,
    updates: [],
    flags: [],
    format: 'statuspage-atom',
    ...overrides,
  }
  // The overrides set end and duration together.
  return incident as Incident
}

const update = (at: string, status: string) => ({
  at,
  status,
  text: status,
  body: status,
  bodyFormat: 'text' as const,
})

describe('merging one vendor’s sources', () => {
  it('joins a feed item and a JSON incident by code, keeping the trail, the components and the stated impact', () => {
    const fromAtom = makeIncident({
      updates: [
        update('2026-03-02T10:00:00Z', 'Investigating'),
        update('2026-03-02T11:00:00Z', 'Resolved'),
      ],
    })
    const fromJson = makeIncident({
      id: 'abc123',
      components: ['API'],
      impact: 'partial_outage',
      impactInferred: false,
      declaredDurationMinutes: 55,
      end: '2026-03-02T10:55:00Z',
      durationMinutes: 55,
      format: 'statuspage-json',
      updates: [update('2026-03-02T11:00:00Z', 'resolved')],
    })
    const [merged, ...rest] = mergeSourceIncidents([[fromAtom], [fromJson]], ['atom', 'json'])
    expect(rest).toEqual([])
    expect(merged).toMatchObject({
      id: fromAtom.id,
      aliases: ['abc123'],
      components: ['API'],
      impact: 'partial_outage',
      impactInferred: false,
      declaredDurationMinutes: 55,
      durationMinutes: 55,
    })
    expect(merged?.updates).toHaveLength(2)
    expect(merged?.provenance).toEqual({
      updates: 'atom',
      components: 'json',
      impact: 'json',
      duration: 'json',
    })
  })

  it('says nothing about provenance for an incident only one source knows', () => {
    const [only] = mergeSourceIncidents([[makeIncident()]], ['atom'])
    expect(only?.provenance).toBeUndefined()
  })

  it('keeps different incidents with the same title apart', () => {
    const a = makeIncident()
    const b = makeIncident({
      id: 'x',
      url: 'https://status.acme.test/incidents/zzz999',
      start: '2026-03-05T10:00:00Z',
    })
    expect(mergeSourceIncidents([[a], [b]]).map((i) => i.start)).toEqual([
      '2026-03-05T10:00:00Z',
      '2026-03-02T10:00:00Z',
    ])
  })

  it('lets the most recent capture win in any order: an edited start and a renamed title', () => {
    const first = makeIncident({
      title: 'Incident with Actions',
      start: '2026-03-02T16:43:00Z',
      updates: [update('2026-03-02T16:43:00Z', 'Investigating')],
      end: null,
      durationMinutes: null,
    })
    const later = makeIncident({
      title: 'Disruption with some GitHub services',
      start: '2026-03-02T16:33:00Z',
      updates: [update('2026-03-02T16:33:00Z', 'Investigating')],
      end: null,
      durationMinutes: null,
    })
    const capturedAt = ['2026-03-02T17:00:00Z', '2026-03-02T18:00:00Z']
    for (const [lists, times] of [
      [[[first], [later]], capturedAt],
      [[[later], [first]], capturedAt.toReversed()],
    ] as const) {
      const [merged, ...rest] = mergeSourceIncidents(lists, { capturedAt: times })
      expect(rest).toEqual([])
      expect(merged).toMatchObject({
        title: 'Disruption with some GitHub services',
        start: '2026-03-02T16:33:00Z',
        updates: [{ at: '2026-03-02T16:33:00Z' }],
      })
    }
  })

  it('keeps stated facts over inferred ones whichever copy is more recent', () => {
    const stated = makeIncident({
      id: 'abc123',
      format: 'statuspage-json',
      components: ['Actions'],
      impact: 'partial_outage',
      impactInferred: false,
    })
    const inferred = makeIncident({
      components: ['GitHub Actions', 'Pages'],
      componentsInferred: true,
      impact: 'degraded_performance',
    })
    for (const lists of [
      [[stated], [inferred]],
      [[inferred], [stated]],
    ]) {
      const [merged] = mergeSourceIncidents(lists, { capturedAt: ['2026-03-03T00:00:00Z', null] })
      expect(merged).toMatchObject({
        components: ['Actions'],
        componentsInferred: false,
        impact: 'partial_outage',
        impactInferred: false,
      })
    }
  })

  it('keeps a stated empty components list over names inferred from the words', () => {
    const json = makeIncident({ id: 'abc123', format: 'statuspage-json', noComponentsStated: true })
    const atom = makeIncident({ components: ['Search'], componentsInferred: true })
    for (const lists of [
      [[json], [atom]],
      [[atom], [json]],
    ]) {
      const [merged] = mergeSourceIncidents(lists)
      expect(merged).toMatchObject({ components: [], componentsInferred: false })
    }
  })

  it('ends `upcoming` once a capture shows the maintenance started, taking its actual figures', () => {
    const planned = makeIncident({
      kind: 'maintenance',
      impact: 'none',
      impactInferred: false,
      start: '2026-03-01T22:00:00Z',
      end: '2026-03-02T13:00:00Z',
      durationMinutes: 900,
      updates: [update('2026-02-27T10:00:00Z', 'Scheduled')],
      flags: ['upcoming'],
    })
    const completed = makeIncident({
      ...planned,
      end: '2026-03-02T09:09:00Z',
      durationMinutes: 669,
      updates: [
        update('2026-02-27T10:00:00Z', 'Scheduled'),
        update('2026-03-01T22:00:00Z', 'In progress'),
        update('2026-03-02T09:09:00Z', 'Completed'),
      ],
      flags: [],
    })
    for (const lists of [
      [[planned], [completed]],
      [[completed], [planned]],
    ]) {
      const [merged] = mergeSourceIncidents(lists)
      expect(merged).toMatchObject({ end: '2026-03-02T09:09:00Z', durationMinutes: 669, flags: [] })
    }
  })

  it('writes inferred components as the vendor’s known list does, dropping names it lacks', () => {
    const inferred = makeIncident({
      vendor: 'GitHub',
      components: ['GitHub Actions', 'East US'],
      componentsInferred: true,
    })
    const [strict] = mergeSourceIncidents([[inferred]], { components: ['Actions', 'Pages'] })
    expect(strict).toMatchObject({ components: ['Actions'], componentsInferred: true })
    const [none] = mergeSourceIncidents([[inferred]], { components: ['Pages'] })
    expect(none).toMatchObject({ components: [], componentsInferred: false })
  })
})
