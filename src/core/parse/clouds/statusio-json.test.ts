import { describe, expect, it } from 'vitest'
import { readFixture } from '../../__fixtures__/fixtures'
import { parseFeedWith } from '../parse-feed'
import { statusioJsonAdapter } from './statusio-json'

function parse(text: string) {
  const outcome = parseFeedWith([statusioJsonAdapter], text, { vendor: 'Example' })
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

const docker = parse(readFixture('real/statusio-public-status-docker-2020-07-16.json'))
const gitlab = parse(readFixture('real/statusio-public-status-gitlab-2020-02-09.json'))
const gitlabMaintenance = parse(
  readFixture('real/statusio-public-status-gitlab-2020-09-05-maintenance.json'),
)

function page(result: Record<string, unknown>) {
  return JSON.stringify({
    result: {
      status_overall: {
        updated: '2021-01-01T12:00:00.000Z',
        status: 'Operational',
        status_code: 100,
      },
      status: [],
      incidents: [],
      maintenance: { active: [], upcoming: [] },
      ...result,
    },
  })
}

function message(state: number, status: number, datetime: string, details = 'Text.') {
  return { details, state, status, datetime }
}

describe('statusioJsonAdapter on the Docker page', () => {
  it('reads the one open incident on its component', () => {
    expect(docker.format).toBe('statusio-json')
    expect(docker.warnings).toEqual([])
    expect(docker.incidents).toHaveLength(1)
    expect(docker.incidents[0]).toMatchObject({
      id: '5f108cc06e9c9104c0553a46',
      kind: 'incident',
      title: 'Docker Hub automated builds issue',
      components: ['Docker Hub Automated Builds'],
      impact: 'partial_outage',
      impactInferred: false,
      start: '2020-07-16T17:22:08.325Z',
      end: null,
      url: null,
    })
    expect(docker.incidents[0]?.updates).toEqual([
      {
        at: '2020-07-16T17:22:08.369Z',
        status: 'Investigating',
        text: 'We are investigating reports of automated builds getting stuck or not getting triggered.',
        body: 'We are investigating reports of automated builds getting stuck or not getting triggered.',
        bodyFormat: 'text',
      },
    ])
  })

  it('speaks only for the moment the page was updated, and lists its eight components', () => {
    expect(docker.coverage).toEqual({
      from: '2020-07-16T17:22:25.333Z',
      to: '2020-07-16T17:22:25.333Z',
    })
    expect(docker.components).toHaveLength(8)
    expect(docker.components[3]).toBe('Docker Hub Automated Builds')
  })

  it('states no vendor name: the page does not give one', () => {
    const draft = statusioJsonAdapter.parse({
      kind: 'json',
      text: '',
      value: JSON.parse(readFixture('real/statusio-public-status-docker-2020-07-16.json')),
    })
    expect(draft.vendor).toBeNull()
  })
})

describe('statusioJsonAdapter on the GitLab pages', () => {
  it('reads the security event as unknown impact on five components', () => {
    expect(gitlab.incidents).toHaveLength(1)
    expect(gitlab.incidents[0]).toMatchObject({
      id: '5e3d877d593d1b04c4620561',
      title: 'https://gitlab.com/gitlab-com/gl-infra/production/issues/1635',
      impact: 'unknown',
      impactInferred: false,
      start: '2020-02-07T15:51:25.249Z',
      end: null,
      components: ['Website', 'API', 'Git (ssh and https)', 'Registry', 'CI/CD'],
    })
    expect(gitlab.incidents[0]?.updates.map((u) => [u.at, u.status])).toEqual([
      ['2020-02-07T15:51:25.269Z', 'Identified'],
      ['2020-02-09T18:42:33.493Z', 'Identified'],
    ])
  })

  it('reads the active maintenance over its planned window, apart from the incident', () => {
    expect(gitlabMaintenance.warnings).toEqual([])
    expect(gitlabMaintenance.incidents.map((i) => [i.kind, i.title])).toEqual([
      ['incident', '500 Error - User Notification Settings'],
      ['maintenance', 'Maintenance on dashboards.gitlab.com'],
    ])
    const maintenance = gitlabMaintenance.incidents[1]
    expect(maintenance).toMatchObject({
      id: '5f4e8b7f2250a004bc3453da',
      impact: 'none',
      components: ['dashboards.gitlab.com'],
      scheduledStart: '2020-09-02T17:55:00Z',
      scheduledEnd: '2020-09-07T17:55:00Z',
      start: '2020-09-02T17:55:00Z',
      end: '2020-09-07T17:55:00Z',
      durationMinutes: 7200,
      flags: [],
    })
    expect(maintenance?.updates.map((u) => u.status)).toEqual(['State 100', 'State 200'])
    expect(maintenance?.updates[1]?.text).toBe(
      'We are currently performing maintenance on dashboards.gitlab.com.\n\nThe public dashboards will be unavailable during this time.\n\nAll other systems are operational.',
    )
  })

  it('reads the incident with its \\r\\n body tidied', () => {
    expect(gitlabMaintenance.incidents[0]).toMatchObject({
      impact: 'partial_outage',
      start: '2020-09-04T21:56:00Z',
      end: null,
    })
    expect(gitlabMaintenance.incidents[0]?.updates[0]?.text).toContain(
      'parent group no longer exists.\n\nNotification settings',
    )
  })
})

describe('statusioJsonAdapter on edge cases', () => {
  it('maps message states and the worst status code', () => {
    const feed = parse(
      page({
        incidents: [
          {
            _id: 'i1',
            name: 'API errors',
            datetime_open: '2021-01-01T10:00:00.000Z',
            messages: [
              message(100, 300, '2021-01-01T10:00:00.000Z'),
              message(300, 500, '2021-01-01T10:30:00.000Z'),
            ],
            components_affected: [{ name: 'API', _id: 'c' }],
          },
        ],
      }),
    )
    expect(feed.incidents[0]?.impact).toBe('major_outage')
    expect(feed.incidents[0]?.updates.map((u) => u.status)).toEqual(['Investigating', 'Monitoring'])
  })

  it('flags an upcoming maintenance', () => {
    const feed = parse(
      page({
        maintenance: {
          active: [],
          upcoming: [
            {
              _id: 'm1',
              name: 'Database upgrade',
              datetime_planned_start: '2021-01-05T10:00:00.000Z',
              datetime_planned_end: '2021-01-05T11:00:00.000Z',
              messages: [message(100, 200, '2021-01-01T11:00:00.000Z')],
            },
          ],
        },
      }),
    )
    expect(feed.incidents[0]).toMatchObject({
      kind: 'maintenance',
      flags: ['upcoming'],
      start: '2021-01-05T10:00:00Z',
      durationMinutes: 60,
    })
  })

  it('skips a message without a date and an incident without a name, with warnings', () => {
    const feed = parse(
      page({
        incidents: [
          { _id: 'bad', messages: [] },
          {
            _id: 'i2',
            name: 'Slow pages',
            messages: [{ details: 'x', state: 100 }, message(100, 300, '2021-01-01T10:00:00.000Z')],
          },
        ],
      }),
    )
    expect(feed.incidents.map((i) => i.id)).toEqual(['i2'])
    expect(feed.warnings).toHaveLength(2)
  })
})
