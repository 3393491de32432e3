import { describe, expect, it } from 'vitest'
import type { ParsedFeed } from '../model'
import { outcomeProblems } from './incident-invariants'
import { parseFeed } from './index'

type Json = Record<string, unknown>

function parsed(value: unknown): ParsedFeed {
  const outcome = parseFeed(typeof value === 'string' ? value : JSON.stringify(value))
  expect(outcomeProblems(outcome)).toEqual([])
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

const gcpIncident = (overrides: Json = {}): Json => ({
  id: 'abc',
  external_desc: 'Cloud SQL is down',
  begin: '2022-01-01T10:00:00+00:00',
  end: '2022-01-01T11:00:00+00:00',
  modified: '2022-01-01T11:05:00+00:00',
  status_impact: 'SERVICE_OUTAGE',
  service_name: 'Google Cloud SQL',
  affected_products: [{ title: 'Google Cloud SQL', id: 'x' }],
  updates: [
    { when: '2022-01-01T10:50:00+00:00', status: 'AVAILABLE', text: 'Fixed.' },
    { when: '2022-01-01T10:05:00+00:00', status: 'SERVICE_OUTAGE', text: 'Looking.' },
  ],
  ...overrides,
})

const PAGE = {
  id: 'p',
  name: 'Acme',
  url: 'https://status.acme.test',
  updated_at: '2026-03-05T12:00:00Z',
}
const maintenance = (overrides: Json = {}): Json => ({
  id: 'mmmmmmmmmmmm',
  name: 'Database upgrade',
  status: 'scheduled',
  impact: 'maintenance',
  created_at: '2026-03-01T09:00:00Z',
  scheduled_for: '2026-03-10T10:00:00Z',
  scheduled_until: '2026-03-10T12:00:00Z',
  incident_updates: [
    {
      id: 'u1',
      status: 'scheduled',
      body: 'Planned.',
      created_at: '2026-03-01T09:00:00Z',
      display_at: '2026-03-01T09:00:00Z',
    },
  ],
  components: [],
  ...overrides,
})

describe('an end before the start', () => {
  it('is dropped, not clamped: the resolving update ends a GCP incident whose end precedes its begin', () => {
    const feed = parsed([gcpIncident({ end: '2022-01-01T09:00:00+00:00' })])
    const [incident] = feed.incidents
    expect(incident).toMatchObject({ start: '2022-01-01T10:00:00Z', end: '2022-01-01T10:50:00Z' })
    expect(incident?.durationMinutes).toBe(50)
    expect(incident?.declaredDurationMinutes).toBeNull()
    expect(incident?.flags).toContain('invalid_end')
    expect(feed.warnings.join('\n')).toMatch(/dropped its end 2022-01-01T09:00:00Z/)
  })

  it('leaves the incident open when no update can end it after its start', () => {
    const updates = [{ when: '2022-01-01T09:30:00+00:00', status: 'AVAILABLE', text: 'Fixed.' }]
    const feed = parsed([gcpIncident({ end: '2022-01-01T09:00:00+00:00', updates })])
    const [incident] = feed.incidents
    expect(incident).toMatchObject({ start: '2022-01-01T10:00:00Z', end: null })
    expect(incident?.durationMinutes).toBeNull()
    expect(incident?.flags).toContain('invalid_end')
  })

  it('drops a scheduled end before the scheduled start and keeps the window start', () => {
    const feed = parsed({
      page: PAGE,
      scheduled_maintenances: [maintenance({ scheduled_until: '2026-03-10T08:00:00Z' })],
    })
    const [incident] = feed.incidents
    expect(incident).toMatchObject({
      kind: 'maintenance',
      start: '2026-03-10T10:00:00Z',
      scheduledStart: '2026-03-10T10:00:00Z',
      scheduledEnd: null,
      end: null,
    })
    expect(incident?.flags).toContain('invalid_end')
    expect(feed.warnings.join('\n')).toMatch(/dropped its scheduled end/)
  })

  it('keeps a valid window as it is, unflagged', () => {
    const [incident] = parsed({ page: PAGE, scheduled_maintenances: [maintenance()] }).incidents
    expect(incident).toMatchObject({ scheduledEnd: '2026-03-10T12:00:00Z' })
    expect(incident?.flags).not.toContain('invalid_end')
  })
})

describe('times outside 1990–2100', () => {
  it('drop an item whose start lies outside them, with a warning, and keep the others', () => {
    const feed = parsed([
      gcpIncident({ id: 'old', begin: '1989-12-31T23:00:00+00:00', end: null, updates: [] }),
      gcpIncident({ id: 'new' }),
    ])
    expect(feed.incidents.map((i) => i.id)).toEqual(['new'])
    expect(feed.warnings.join('\n')).toMatch(/Skipped "Cloud SQL is down": its start/)
  })

  it('leave out an update or an end outside them and keep the rest of the item', () => {
    const updates = [
      { when: '2150-01-01T10:50:00+00:00', status: 'AVAILABLE', text: 'Fixed.' },
      { when: '2022-01-01T10:05:00+00:00', status: 'SERVICE_OUTAGE', text: 'Looking.' },
    ]
    const feed = parsed([gcpIncident({ end: '2150-01-01T11:00:00+00:00', updates })])
    const [incident] = feed.incidents
    expect(incident?.updates.map((u) => u.at)).toEqual(['2022-01-01T10:05:00Z'])
    expect(incident?.start).toBe('2022-01-01T10:00:00Z')
    expect(feed.warnings.filter((w) => w.includes('no date of 1990–2100'))).toHaveLength(2)
  })

  it('replace a stated coverage that is no span of them with the incidents’ own', () => {
    const feed = parsed([
      gcpIncident({ id: 'a', modified: '2150-01-01T11:05:00+00:00' }),
      gcpIncident({ id: 'b', begin: '2022-01-02T10:00:00+00:00', end: null, updates: [] }),
    ])
    expect(feed.coverage).toEqual({ from: '2022-01-01T10:00:00Z', to: '2022-01-02T10:00:00Z' })
    expect(feed.warnings.join('\n')).toMatch(/The period the feed says it covers/)
  })
})

describe('a stated coverage that runs backwards', () => {
  it('gives way to the incidents’ own span', () => {
    const incident = {
      ...maintenance({ scheduled_for: null, scheduled_until: null }),
      id: 'iiiiiiiiiiii',
      name: 'API errors',
      status: 'resolved',
      impact: 'major',
      created_at: '2026-03-01T10:00:00Z',
      started_at: '2026-03-01T10:00:00Z',
      resolved_at: '2026-03-01T11:00:00Z',
    }
    const page = { ...PAGE, updated_at: '2026-02-01T00:00:00Z' }
    const feed = parsed({ page, incidents: [incident] })
    expect(feed.coverage).toEqual({ from: '2026-03-01T10:00:00Z', to: '2026-03-01T11:00:00Z' })
    expect(feed.warnings.join('\n')).toMatch(/2026-03-01T10:00:00Z to 2026-02-01T00:00:00Z/)
  })
})
