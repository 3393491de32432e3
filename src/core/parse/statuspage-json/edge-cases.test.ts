import { describe, expect, it } from 'vitest'
import { parseFeedWith } from '../parse-feed'
import { incidentioJsonAdapter, statuspageJsonAdapter } from './index'

const PAGE = {
  id: 'kctbh9vrtdwd',
  name: 'GitHub',
  url: 'https://www.githubstatus.com',
  time_zone: 'Etc/UTC',
  updated_at: '2026-03-05T12:00:00Z',
}

type Json = Record<string, unknown>

function makeUpdate(status: string, at: string, overrides: Json = {}): Json {
  return {
    id: `u-${status}-${at}`,
    status,
    body: `${status} body`,
    created_at: at,
    display_at: at,
    ...overrides,
  }
}

function makeIncident(overrides: Json = {}): Json {
  return {
    id: 'abcdabcdabcd',
    name: 'Git operations failing',
    status: 'resolved',
    impact: 'major',
    created_at: '2026-03-01T10:00:00Z',
    started_at: '2026-03-01T10:00:00Z',
    resolved_at: '2026-03-01T11:00:00Z',
    shortlink: 'https://stspg.io/abc',
    incident_updates: [
      makeUpdate('resolved', '2026-03-01T11:00:00Z'),
      makeUpdate('investigating', '2026-03-01T10:00:00Z'),
    ],
    components: [],
    ...overrides,
  }
}

function parse(document: Json) {
  const outcome = parseFeedWith(
    [statuspageJsonAdapter, incidentioJsonAdapter],
    JSON.stringify(document),
  )
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

const single = (incident: Json) => parse({ page: PAGE, incident }).incidents[0]

describe('Statuspage JSON traps', () => {
  it('uses display_at over created_at, so a backfilled incident lands on its real date', () => {
    const incident = single(
      makeIncident({
        created_at: '2018-12-05T15:00:00.000Z',
        started_at: '2018-12-05T15:00:00.000Z',
        resolved_at: '2018-12-05T15:00:00.000Z',
        incident_updates: [
          makeUpdate('resolved', '2018-12-05T15:00:00.120Z', {
            display_at: '2012-06-06T18:49:32Z',
            body: '<ul><li><strong>2012-06-06 18:49:32</strong> - Pushes fail &amp; we look into it.</li></ul>',
          }),
        ],
      }),
    )
    expect(incident).toMatchObject({
      start: '2012-06-06T18:49:32Z',
      end: '2012-06-06T18:49:32Z',
      durationMinutes: 0,
      declaredDurationMinutes: null,
      flags: ['resolved_only'],
    })
    expect(incident?.updates[0]).toMatchObject({
      at: '2012-06-06T18:49:32Z',
      bodyFormat: 'html',
      text: '• 2012-06-06 18:49:32 - Pushes fail & we look into it.',
    })
  })

  it('starts at started_at when it is earlier than created_at, flagging the disagreement', () => {
    const incident = single(makeIncident({ started_at: '2026-03-01T08:00:00Z' }))
    expect(incident).toMatchObject({
      start: '2026-03-01T08:00:00Z',
      end: '2026-03-01T11:00:00Z',
      durationMinutes: 180,
      declaredDurationMinutes: 180,
      timeline: { start: '2026-03-01T10:00:00Z', durationMinutes: 60 },
      flags: ['duration_discrepancy'],
    })
  })

  it('falls back to created_at when started_at is absent', () => {
    const incident = single(makeIncident({ started_at: null, created_at: '2026-03-01T09:58:00Z' }))
    expect(incident?.start).toBe('2026-03-01T09:58:00Z')
    expect(incident?.durationMinutes).toBe(62)
  })

  it('reads reminder_intervals whether it is the string "[]" or an array', () => {
    expect(single(makeIncident({ reminder_intervals: '[]' }))?.id).toBe('abcdabcdabcd')
    expect(single(makeIncident({ reminder_intervals: [3, 6] }))?.id).toBe('abcdabcdabcd')
  })

  it('counts a postmortem as closed and keeps its late update outside the duration', () => {
    const incident = single(
      makeIncident({
        status: 'postmortem',
        resolved_at: null,
        incident_updates: [
          makeUpdate('postmortem', '2026-03-09T10:00:00Z'),
          makeUpdate('resolved', '2026-03-01T11:00:00Z'),
          makeUpdate('investigating', '2026-03-01T10:00:00Z'),
        ],
      }),
    )
    expect(incident).toMatchObject({ end: '2026-03-01T11:00:00Z', durationMinutes: 60 })
    expect(incident?.updates.at(-1)?.status).toBe('postmortem')
  })

  it('reads a maintenance by impact, by scheduled_for, or by its list, never by title', () => {
    const feed = parse({
      page: PAGE,
      incidents: [
        makeIncident({ id: 'byimpact0001', name: 'Database upgrade', impact: 'maintenance' }),
        makeIncident({
          id: 'byschedule01',
          name: 'Network upgrade',
          impact: 'none',
          scheduled_for: '2026-03-01T10:00:00Z',
          scheduled_until: '2026-03-01T12:00:00Z',
        }),
        makeIncident({ id: 'incident0001', name: 'Scheduled maintenance went wrong' }),
        makeIncident({ id: 'bothlists001', name: 'Storage upgrade' }),
      ],
      scheduled_maintenances: [
        makeIncident({ id: 'bothlists001', name: 'Storage upgrade', impact: 'maintenance' }),
      ],
    })
    const kinds = Object.fromEntries(feed.incidents.map((i) => [i.id, i.kind]))
    expect(kinds).toEqual({
      byimpact0001: 'maintenance',
      byschedule01: 'maintenance',
      incident0001: 'incident',
      bothlists001: 'maintenance',
    })
    // Its resolving update at 11:00 is the actual end, before the scheduled 12:00.
    expect(feed.incidents.find((i) => i.id === 'byschedule01')).toMatchObject({
      start: '2026-03-01T10:00:00Z',
      end: '2026-03-01T11:00:00Z',
      declaredDurationMinutes: 120,
      impact: 'none',
    })
  })

  it('skips a malformed incident or update with a warning and keeps the rest', () => {
    const feed = parse({
      page: PAGE,
      incidents: [
        makeIncident({ id: 'kept00000001' }),
        makeIncident({ id: 'noname000001', name: undefined }),
        'not an incident',
        makeIncident({
          id: 'kept00000002',
          incident_updates: [
            makeUpdate('investigating', '2026-03-01T10:00:00Z'),
            makeUpdate('identified', 'yesterday', { display_at: null }),
          ],
        }),
      ],
    })
    expect(feed.incidents.map((i) => i.id).sort()).toEqual(['kept00000001', 'kept00000002'])
    expect(feed.warnings).toEqual([
      'Skipped incident 2: name: Invalid input: expected string, received undefined',
      'Skipped incident 3: Invalid input: expected object, received string',
      'Skipped "Git operations failing" update 2: it has no readable display_at or created_at',
    ])
  })

  it('ignores a component status outside the Statuspage list in componentChanges', () => {
    const incident = single(
      makeIncident({
        incident_updates: [
          makeUpdate('investigating', '2026-03-01T10:00:00Z', {
            affected_components: [
              { code: 'c1', name: 'API', old_status: 'weird', new_status: 'major_outage' },
              { code: 'c2', name: 'Web', old_status: 'operational', new_status: 'on_fire' },
            ],
          }),
        ],
      }),
    )
    expect(incident?.updates[0]?.componentChanges).toEqual([
      { component: 'API', from: null, to: 'major_outage' },
    ])
    expect(incident?.components).toEqual(['API', 'Web'])
  })

  it('keeps leaf names and drops a group listed among the incident components', () => {
    const incident = single(
      makeIncident({
        components: [
          { id: 'g1', name: 'CARRIER NETWORK', group: true, components: ['l1'] },
          { id: 'l1', name: 'SMS, Europe', group: false, group_id: 'g1' },
        ],
      }),
    )
    expect(incident?.components).toEqual(['SMS, Europe'])
  })

  it('falls back to an http(s) shortlink when the page url is not http(s)', () => {
    const feed = parse({
      page: { ...PAGE, url: 'javascript:alert(1)' },
      incident: makeIncident({ shortlink: 'http://stspg.io/b7f033572' }),
    })
    expect(feed.pageUrl).toBeNull()
    expect(feed.incidents[0]?.url).toBe('http://stspg.io/b7f033572')
  })

  it('reads HTML, Markdown and plain bodies by their content', () => {
    const incident = single(
      makeIncident({
        incident_updates: [
          makeUpdate('investigating', '2026-03-01T10:00:00Z', {
            body: 'Errors &amp; timeouts <br>on push',
          }),
          makeUpdate('identified', '2026-03-01T10:10:00Z', {
            body: 'See [the blog](https://github.blog/x) for **details**',
          }),
          makeUpdate('resolved', '2026-03-01T11:00:00Z', { body: 'AT&T  traffic\r\nrecovered' }),
        ],
      }),
    )
    expect(incident?.updates.map((u) => [u.bodyFormat, u.text])).toEqual([
      ['html', 'Errors & timeouts\non push'],
      ['markdown', 'See the blog for details'],
      ['text', 'AT&T traffic\nrecovered'],
    ])
  })
})

describe('Statuspage list endpoints', () => {
  it('reads components.json as the component list with no incidents and no period', () => {
    const feed = parse({
      page: PAGE,
      components: [
        {
          id: 'b',
          name: 'API Requests',
          status: 'operational',
          position: 2,
          group_id: null,
          group: false,
        },
        {
          id: 'a',
          name: 'Git Operations',
          status: 'operational',
          position: 1,
          group_id: null,
          group: false,
        },
        { name: 'no id' },
      ],
    })
    expect(feed).toMatchObject({
      format: 'statuspage-json',
      components: ['Git Operations', 'API Requests'],
      incidents: [],
      coverage: { from: null, to: null },
      warnings: ['Skipped 1 component(s) without an id or name.'],
    })
  })

  it('covers incidents.json from its earliest start to the capture time', () => {
    const feed = parse({
      page: PAGE,
      incidents: [
        makeIncident({ id: 'first0000001', started_at: '2026-02-01T07:00:00Z' }),
        makeIncident({ id: 'second000001' }),
      ],
    })
    expect(feed.coverage).toEqual({ from: '2026-02-01T07:00:00Z', to: '2026-03-05T12:00:00Z' })
  })

  it('refuses a document with a page but no incident or component list', () => {
    const outcome = parseFeedWith(
      [statuspageJsonAdapter, incidentioJsonAdapter],
      JSON.stringify({ page: PAGE, status: { indicator: 'none' } }),
    )
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'unsupported_format' } })
  })
})
