import { describe, expect, it } from 'vitest'
import type { Incident } from '../model'
import { mergeSourceIncidents } from './merge-sources'

function makeIncident(overrides: Partial<Incident> = {}): Incident {
  return {
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
})
