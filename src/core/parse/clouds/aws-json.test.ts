import { describe, expect, it } from 'vitest'
import { readFixture } from '../../__fixtures__/fixtures'
import { parseFeedWith } from '../parse-feed'
import { awsJsonAdapter } from './aws-json'

function parse(text: string) {
  const outcome = parseFeedWith([awsJsonAdapter], text)
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

const aws = parse(readFixture('real/aws-shd-data-2022-07.json'))
const byId = (id: string) => aws.incidents.find((incident) => incident.id === id)

const stamped = (time: string, text: string) =>
  `<div><span class="yellowfg">${time}</span>&nbsp;${text}</div>`

function entry(overrides: Record<string, unknown> = {}) {
  return {
    service_name: 'Amazon Simple Storage Service (N. Virginia)',
    summary: '[RESOLVED] Elevated API Error Rates',
    date: '1636495106', // 2021-11-09T21:58:26Z, 1:58 PM PST
    status: '2',
    details: '',
    description: stamped(' 1:58 PM PST', 'Investigating.') + stamped(' 2:30 PM PST', 'Resolved.'),
    service: 's3-us-standard',
    ...overrides,
  }
}

describe('awsJsonAdapter on the July 2022 data.json', () => {
  it('reads all 86 archived events without a warning', () => {
    expect(aws.format).toBe('aws-json')
    expect(aws.vendor).toBe('AWS')
    expect(aws.incidents).toHaveLength(86)
    expect(aws.warnings).toEqual([])
  })

  it('closes every [RESOLVED] event at its last update and says no update resolved it', () => {
    expect(aws.incidents.every((i) => i.end === i.updates.at(-1)?.at)).toBe(true)
    expect(aws.incidents.every((i) => i.flags.includes('no_resolution'))).toBe(true)
  })

  it('maps the status codes: 3 disruption, the rest degraded', () => {
    expect(aws.incidents.filter((i) => i.impact === 'partial_outage')).toHaveLength(3)
    expect(aws.incidents.filter((i) => i.impact === 'degraded_performance')).toHaveLength(83)
    expect(aws.incidents.some((i) => i.impactInferred)).toBe(false)
  })

  it('reads the ACM event: ten PDT updates from 12:12 PM into the next UTC day', () => {
    const acm = byId('certificatemanager-us-east-1_1624993969')
    expect(acm).toMatchObject({
      title: 'Increased API Error Rates and Latency',
      components: ['AWS Certificate Manager (N. Virginia)'],
      impact: 'partial_outage',
      start: '2021-06-29T19:12:00Z',
      end: '2021-06-30T02:46:00Z',
      durationMinutes: 454,
      url: null,
    })
    expect(acm?.updates).toHaveLength(10)
    expect(acm?.updates[0]).toEqual({
      at: '2021-06-29T19:12:00Z',
      status: '',
      text: 'We are investigating increased API latency and error rates in the US-EAST-1 Region.',
      body: 'We are investigating increased API latency and error rates in the US-EAST-1 Region.',
      bodyFormat: 'html',
    })
  })

  it('follows a five-day Direct Connect event to its dated "Sep 6" stamp', () => {
    expect(byId('directconnect-ap-northeast-1_1630543140')).toMatchObject({
      title: 'Network Connectivity',
      start: '2021-09-02T00:39:00Z',
      end: '2021-09-07T03:25:00Z',
      durationMinutes: 7366,
    })
  })

  it('reads PST stamps across local midnight', () => {
    const beanstalk = byId('elasticbeanstalk-us-east-1_1640158400')
    expect(beanstalk?.updates.map((u) => u.at)).toEqual([
      '2021-12-22T07:33:00Z',
      '2021-12-22T08:34:00Z',
      '2021-12-22T09:20:00Z',
      '2021-12-22T11:21:00Z',
    ])
    expect(beanstalk?.durationMinutes).toBe(228)
  })

  it('keeps a one-update event as a zero-minute event at its stamp', () => {
    expect(byId('internetconnectivity-us-east-2_1624564393')).toMatchObject({
      title: 'Internet Connectivity',
      start: '2021-06-24T19:53:00Z',
      end: '2021-06-24T19:53:00Z',
      durationMinutes: 0,
    })
  })
})

describe('awsJsonAdapter on edge cases', () => {
  const feedOf = (...entries: unknown[]) => parse(JSON.stringify({ archive: entries, current: [] }))

  it('leaves a current event without [RESOLVED] open', () => {
    const feed = parse(
      JSON.stringify({ archive: [], current: [entry({ summary: 'Elevated API Error Rates' })] }),
    )
    expect(feed.incidents[0]).toMatchObject({ end: null, durationMinutes: null })
  })

  it('skips an update whose zone word is unknown, with a warning', () => {
    const feed = feedOf(
      entry({ description: stamped('1:58 PM PST', 'One.') + stamped('2:30 PM XYZ', 'Two.') }),
    )
    expect(feed.incidents[0]?.updates.map((u) => u.text)).toEqual(['One.'])
    expect(feed.warnings).toEqual([
      'Skipped an update of AWS s3-us-standard 1636495106: "2:30 PM XYZ" is not a time we can read.',
    ])
  })

  it('reads a description without stamped runs as one update at the entry date', () => {
    const feed = feedOf(entry({ description: 'Between 1 PM and 2 PM we saw errors.' }))
    expect(feed.incidents[0]?.updates).toMatchObject([
      { at: '2021-11-09T21:58:26Z', text: 'Between 1 PM and 2 PM we saw errors.' },
    ])
  })

  it('decodes &nbsp; and &amp; once in the update text', () => {
    const feed = feedOf(entry({ description: stamped('1:58 PM PST', 'A &amp;amp; B&nbsp;C') }))
    expect(feed.incidents[0]?.updates[0]?.text).toBe('A &amp; B C')
  })

  it('skips an entry without a readable date and keeps the others', () => {
    const feed = feedOf(entry({ date: 'today' }), entry(), null)
    expect(feed.incidents).toHaveLength(1)
    expect(feed.warnings).toHaveLength(2)
  })
})
