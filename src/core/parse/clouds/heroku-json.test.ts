import { describe, expect, it } from 'vitest'
import { readFixture } from '../../__fixtures__/fixtures'
import { parseFeedWith } from '../parse-feed'
import { herokuJsonAdapter } from './heroku-json'

function parse(text: string) {
  const outcome = parseFeedWith([herokuJsonAdapter], text)
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

const outage = parse(readFixture('real/heroku-api-v4-current-status-2019-10-24.json'))
const maintenance = parse(readFixture('real/heroku-api-v4-current-status-maintenance.json'))

function update(type: string, at: string, prod = 'red', dev = 'green') {
  return {
    created_at: at,
    update_type: type,
    contents: `${type}.`,
    status_prod: prod,
    status_dev: dev,
  }
}

function status(overrides: Record<string, unknown> = {}) {
  return JSON.stringify({
    status: [{ system: 'Apps', status: 'green' }],
    incidents: [],
    scheduled: [],
    ...overrides,
  })
}

describe('herokuJsonAdapter on the October 2019 incident', () => {
  it('reads the open incident, updates oldest first', () => {
    expect(outage.format).toBe('heroku-json')
    expect(outage.vendor).toBe('Heroku')
    expect(outage.warnings).toEqual([])
    expect(outage.components).toEqual(['Apps', 'Data', 'Tools'])
    expect(outage.incidents).toHaveLength(1)
    expect(outage.incidents[0]).toMatchObject({
      id: '1918',
      kind: 'incident',
      title: 'Connection timeouts to applications and Heroku Postgres',
      url: 'https://status.heroku.com/incidents/1918',
      impact: 'partial_outage',
      impactInferred: false,
      components: ['Production', 'Development'],
      start: '2019-10-24T18:39:30.231Z',
      end: null,
    })
    expect(outage.incidents[0]?.updates.map((u) => [u.at, u.status])).toEqual([
      ['2019-10-24T18:39:30.231Z', 'Investigating'],
      ['2019-10-24T18:49:47.743Z', 'Issue'],
    ])
    expect(outage.incidents[0]?.updates[1]?.text).toBe(
      'Due to connection timeouts there is a disruption of multiple services such as releases, scaling dynos, Heroku Dashboard, etc.\n\nCustomer applications and add-on services including Heroku Postgres are also being impacted by connection timeouts.',
    )
  })
})

describe('herokuJsonAdapter on a finished maintenance still listed in scheduled[]', () => {
  it('reads the work from "underway" to "completed": 46 minutes on Production', () => {
    expect(maintenance.warnings).toEqual([])
    expect(maintenance.incidents).toHaveLength(1)
    const work = maintenance.incidents[0]
    expect(work).toMatchObject({
      id: '2120',
      kind: 'maintenance',
      title: 'Data Service Update on Monday, November 9 at 19:00 UTC (14:00 EST)',
      impact: 'none',
      components: ['Production'],
      start: '2020-11-09T19:01:10.522Z',
      end: '2020-11-09T19:47:23.669Z',
      flags: [],
    })
    expect(work?.durationMinutes).toBeCloseTo(46.22, 2)
    expect(work?.updates.map((u) => [u.at, u.status])).toEqual([
      ['2020-10-30T00:55:34.418Z', 'Scheduled'],
      ['2020-11-09T19:01:10.522Z', 'In progress'],
      ['2020-11-09T19:27:05Z', 'In progress'],
      ['2020-11-09T19:47:23.669Z', 'Resolved'],
    ])
  })
})

describe('herokuJsonAdapter on edge cases', () => {
  it('reads red as a major outage and takes resolved_at as the declared end', () => {
    const feed = parse(
      status({
        incidents: [
          {
            id: 7,
            title: 'Apps are down',
            resolved: true,
            resolved_at: '2021-01-01T11:00:00Z',
            updates: [
              update('resolved', '2021-01-01T11:05:00Z', 'green'),
              update('issue', '2021-01-01T10:00:00Z'),
            ],
          },
        ],
      }),
    )
    expect(feed.incidents[0]).toMatchObject({
      impact: 'major_outage',
      components: ['Production'],
      end: '2021-01-01T11:00:00Z',
      durationMinutes: 60,
      declaredDurationMinutes: 60,
    })
  })

  it('flags an upcoming maintenance', () => {
    const feed = parse(
      status({
        scheduled: [
          {
            id: 8,
            title: 'Database upgrade',
            resolved: false,
            upcoming: true,
            updates: [update('scheduled', '2021-01-01T10:00:00Z', 'blue')],
          },
        ],
      }),
    )
    expect(feed.incidents[0]).toMatchObject({ kind: 'maintenance', flags: ['upcoming'], end: null })
  })

  it('skips an incident without a title, with a warning', () => {
    const feed = parse(status({ incidents: [{ id: 9, updates: [] }] }))
    expect(feed.incidents).toEqual([])
    expect(feed.warnings).toEqual([
      'Skipped Heroku incident 1: title: Invalid input: expected string, received undefined',
    ])
  })
})
