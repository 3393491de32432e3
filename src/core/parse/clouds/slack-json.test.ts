import { describe, expect, it } from 'vitest'
import { readFixture } from '../../__fixtures__/fixtures'
import { parseFeedWith } from '../parse-feed'
import { slackJsonAdapter } from './slack-json'

function parse(text: string) {
  const outcome = parseFeedWith([slackJsonAdapter], text)
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

const slack = parse(readFixture('real/slack-api-v2-current-2020-07-30.json'))

function event(overrides: Record<string, unknown> = {}) {
  return {
    id: '546',
    date_created: '2018-09-07T14:35:00-07:00',
    date_updated: '2018-09-07T18:34:15-07:00',
    title: 'Forwarding email is failing for some customers',
    type: 'incident',
    status: 'resolved',
    url: 'https://slack-status.com/2018-09/7dea1cd14cd0f657',
    services: ['Apps/Integrations/APIs'],
    notes: [
      { date_created: '2018-09-07T18:34:15-07:00', body: 'Technical Summary:\r\nFixed.' },
      { date_created: '2018-09-07T15:00:00-07:00', body: 'Investigating.' },
    ],
    ...overrides,
  }
}

describe('slackJsonAdapter on the July 2020 current status', () => {
  it('reads both active incidents as open, in UTC', () => {
    expect(slack.format).toBe('slack-json')
    expect(slack.vendor).toBe('Slack')
    expect(slack.warnings).toEqual([])
    expect(slack.incidents.map((i) => [i.id, i.start, i.end, i.components])).toEqual([
      ['878', '2020-07-30T22:12:34Z', null, ['Notifications']],
      ['879', '2020-07-24T17:45:08Z', null, ['Apps/Integrations/APIs']],
    ])
  })

  it('reads the notification incident with its one note', () => {
    expect(slack.incidents[0]).toMatchObject({
      kind: 'incident',
      title: 'We are investigating an issue with notification settings',
      url: 'https://status.slack.com/2020-07/ea58a170d343b2ad',
      impact: 'partial_outage',
      impactInferred: false,
    })
    expect(slack.incidents[0]?.updates).toEqual([
      {
        at: '2020-07-30T22:12:34Z',
        status: '',
        text: 'Some users might notice that their notifications settings for mobile are not being respected. We are taking a look and hope to have more news soon.',
        body: 'Some users might notice that their notifications settings for mobile are not being respected. We are taking a look and hope to have more news soon.',
        bodyFormat: 'text',
      },
    ])
  })

  it('speaks for the moment of the snapshot only', () => {
    expect(slack.coverage).toEqual({ from: '2020-07-30T22:12:34Z', to: '2020-07-30T22:12:34Z' })
  })
})

describe('slackJsonAdapter on the history shape and edge cases', () => {
  it('reads a history array with a string id, closing a resolved incident at its last note', () => {
    const feed = parse(JSON.stringify([event()]))
    expect(feed.incidents[0]).toMatchObject({
      id: '546',
      start: '2018-09-07T21:35:00Z',
      end: '2018-09-08T01:34:15Z',
      flags: ['no_resolution'],
    })
    expect(feed.incidents[0]?.updates.map((u) => u.text)).toEqual([
      'Investigating.',
      'Technical Summary:\nFixed.',
    ])
    expect(feed.coverage).toEqual({ from: '2018-09-07T21:35:00Z', to: '2018-09-08T01:34:15Z' })
  })

  it('maps outage and notice types', () => {
    const feed = parse(
      JSON.stringify([
        event({ id: 1, type: 'outage', title: 'Slack is down' }),
        event({ id: 2, type: 'notice', title: 'Some files load slowly' }),
      ]),
    )
    expect(feed.incidents.map((i) => [i.id, i.impact])).toEqual(
      expect.arrayContaining([
        ['1', 'major_outage'],
        ['2', 'degraded_performance'],
      ]),
    )
  })

  it('reads scheduled and completed events as maintenance, and leaves out a cancelled one', () => {
    const feed = parse(
      JSON.stringify([
        event({ id: 'a', status: 'completed', title: 'Database maintenance' }),
        event({
          id: 'b',
          status: 'scheduled',
          title: 'Planned upgrade',
          notes: [event().notes[1]],
        }),
        event({ id: 'c', status: 'cancelled', title: 'Cancelled upgrade' }),
      ]),
    )
    expect(feed.incidents.map((i) => [i.id, i.kind, i.impact, i.flags])).toEqual(
      expect.arrayContaining([
        ['a', 'maintenance', 'none', ['no_resolution']],
        ['b', 'maintenance', 'none', ['upcoming']],
      ]),
    )
    expect(feed.incidents).toHaveLength(2)
    expect(feed.warnings).toEqual(['Left out Slack event c "Cancelled upgrade": it was cancelled.'])
  })

  it('skips a note without a date with a warning', () => {
    const feed = parse(JSON.stringify([event({ notes: [{ body: 'x' }, event().notes[1]] })]))
    expect(feed.incidents[0]?.updates).toHaveLength(1)
    expect(feed.warnings).toHaveLength(1)
  })
})
