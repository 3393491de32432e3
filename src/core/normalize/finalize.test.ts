import { describe, expect, it } from 'vitest'
import type { IncidentUpdate } from '../model'
import type { IncidentDraft } from './draft'
import { finalizeIncident } from './finalize'

const update = (at: string, status: string, text = status): IncidentUpdate => ({
  at,
  status,
  text,
  body: text,
  bodyFormat: 'text',
})

const draft = (overrides: Partial<IncidentDraft>): IncidentDraft => ({
  id: 'abc',
  kind: 'incident',
  title: 'Incident with Actions',
  url: null,
  components: [],
  impact: null,
  updates: [],
  ...overrides,
})

const WINDOW =
  '[Retroactive] From January 14, 2026, at 18:15 UTC until January 15, 2026, at 11:30 UTC, jobs were delayed.'

describe('finalizing a draft', () => {
  it('takes a retroactive incident’s window from its only update, flagged and quoted', () => {
    const incident = finalizeIncident(
      draft({ updates: [update('2026-01-15T13:00:00Z', 'Resolved', WINDOW)] }),
      'GitHub',
      'statuspage-atom',
    )
    expect(incident).toMatchObject({
      start: '2026-01-14T18:15:00Z',
      end: '2026-01-15T11:30:00Z',
      durationMinutes: 1035,
      flags: ['window_from_text'],
      windowText: WINDOW,
    })
  })

  it('keeps declared times and full trails over a window in the words', () => {
    const trail = [
      update('2026-01-15T10:00:00Z', 'Investigating'),
      update('2026-01-15T13:00:00Z', 'Resolved', WINDOW),
    ]
    const withTrail = finalizeIncident(draft({ updates: trail }), 'GitHub', 'statuspage-atom')
    expect(withTrail).toMatchObject({ start: '2026-01-15T10:00:00Z', flags: [] })
    const declared = finalizeIncident(
      draft({
        updates: [update('2026-01-15T13:00:00Z', 'Resolved', WINDOW)],
        declaredStart: '2026-01-14T18:00:00Z',
        declaredEnd: '2026-01-15T12:00:00Z',
      }),
      'GitHub',
      'statuspage-json',
    )
    expect(declared).toMatchObject({
      start: '2026-01-14T18:00:00Z',
      flags: ['duration_discrepancy', 'resolved_only'],
    })
    expect(declared?.windowText).toBeUndefined()
  })

  it('marks impact and components read from the words as inferred; stated ones stay', () => {
    const updates = [
      update(
        '2026-03-02T10:00:00Z',
        'Investigating',
        'We are investigating reports of degraded availability for Git Operations.',
      ),
    ]
    expect(finalizeIncident(draft({ updates }), 'GitHub', 'statuspage-atom')).toMatchObject({
      impact: 'partial_outage',
      impactInferred: true,
      components: ['Git Operations'],
      componentsInferred: true,
    })
    const none = finalizeIncident(
      draft({ updates, componentsStated: true }),
      'GitHub',
      'statuspage-json',
    )
    expect(none).toMatchObject({
      components: [],
      componentsInferred: false,
      noComponentsStated: true,
    })
    const stated = draft({ updates, components: ['API'], impact: 'degraded_performance' })
    expect(finalizeIncident(stated, 'GitHub', 'statuspage-json')).toMatchObject({
      impact: 'degraded_performance',
      impactInferred: false,
      components: ['API'],
      componentsInferred: false,
    })
  })

  it('counts a maintenance from its actual updates, its schedule only where they are missing', () => {
    const maintenance = draft({
      kind: 'maintenance',
      title: 'Scheduled maintenance',
      scheduledStart: '2026-03-01T22:00:00Z',
      scheduledEnd: '2026-03-02T13:00:00Z',
    })
    const done = finalizeIncident(
      {
        ...maintenance,
        updates: [
          update('2026-03-01T22:00:00Z', 'In progress'),
          update('2026-03-02T09:09:00Z', 'Completed'),
        ],
      },
      'GitHub',
      'statuspage-atom',
    )
    expect(done).toMatchObject({
      start: '2026-03-01T22:00:00Z',
      end: '2026-03-02T09:09:00Z',
      durationMinutes: 669,
      declaredDurationMinutes: 900,
    })
    const planned = finalizeIncident(
      { ...maintenance, updates: [update('2026-02-25T10:00:00Z', 'Scheduled')] },
      'GitHub',
      'statuspage-atom',
    )
    expect(planned).toMatchObject({ end: '2026-03-02T13:00:00Z', durationMinutes: 900 })
  })
})
