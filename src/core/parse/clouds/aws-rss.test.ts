import { describe, expect, it } from 'vitest'
import { readFixture } from '../../__fixtures__/fixtures'
import { sniff } from '../sniff'
import { parseFeedWith } from '../parse-feed'
import { awsRssAdapter } from './aws-rss'

function parse(text: string) {
  const outcome = parseFeedWith([awsRssAdapter], text)
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

const tokyo = parse(readFixture('real/aws-shd-rss-ec2-ap-northeast-1-2019-09-07.rss'))
const byTitle = (title: string) => tokyo.incidents.filter((incident) => incident.title === title)

function feed(items: string[], generator = 'AWS Service Health Dashboard RSS Generator') {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
    <title><![CDATA[Amazon Simple Storage Service (N. Virginia) Service Status]]></title>
    <generator>${generator}</generator>${items.join('')}</channel></rss>`
}

function item(title: string, pubDate: string, epoch: number, description = 'Text.') {
  return `<item><title><![CDATA[${title}]]></title><pubDate>${pubDate}</pubDate>
    <guid isPermaLink="false">http://status.aws.amazon.com/#s3-us-standard_${epoch}</guid>
    <description><![CDATA[${description}]]></description></item>`
}

describe('awsRssAdapter on the EC2 Tokyo feed', () => {
  it('groups 15 items into 6 events without a warning', () => {
    expect(tokyo.format).toBe('aws-rss')
    expect(tokyo.vendor).toBe('AWS')
    expect(tokyo.warnings).toEqual([])
    expect(tokyo.incidents).toHaveLength(6)
    expect(tokyo.incidents.reduce((n, i) => n + i.updates.length, 0)).toBe(15)
    expect(tokyo.coverage).toEqual({ from: '2015-05-15T15:36:27Z', to: '2019-09-07T07:03:14Z' })
  })

  it('reads the overheating event as seven updates in PDT, resolved by "operating normally"', () => {
    const [event] = byTitle('Instance Availability')
    expect(event).toMatchObject({
      id: 'http://status.aws.amazon.com/#ec2-ap-northeast-1_1566533912',
      components: ['Amazon Elastic Compute Cloud (Tokyo)'],
      impact: 'degraded_performance',
      impactInferred: false,
      start: '2019-08-23T04:18:32Z',
      end: '2019-08-23T11:18:35Z',
      flags: [],
    })
    expect(event?.durationMinutes).toBeCloseTo(420.05, 2)
    expect(event?.updates.map((u) => u.status)).toEqual([
      'Informational message',
      'Informational message',
      'Service degradation',
      'Service degradation',
      'Service degradation',
      'Informational message',
      'Resolved',
    ])
  })

  it('decodes the escaped HTML inside CDATA exactly once', () => {
    const last = byTitle('Instance Availability')[0]?.updates.at(-1)
    expect(last?.bodyFormat).toBe('html')
    expect(last?.body).toContain('<a href="https://aws.amazon.com/message/56489/">here</a>')
    expect(last?.text).toContain('Additional details are available here. If you have')
    expect(last?.text).not.toMatch(/&lt;|<br>/)
  })

  it('lets only the newest item resolve a backfilled event', () => {
    const [event] = byTitle('Increased API Error Rates')
    expect(event?.updates.map((u) => [u.at, u.status])).toEqual([
      ['2016-04-20T16:39:00Z', 'Service is operating normally'],
      ['2016-04-20T17:00:00Z', 'Resolved'],
    ])
    expect(event).toMatchObject({ durationMinutes: 21, impact: 'unknown', impactInferred: true })
  })

  it('reads a bilingual resolved-only item over the window its English sentence states', () => {
    const [event] = byTitle('API Increased API Error Rates')
    expect(event).toMatchObject({
      start: '2017-06-05T05:16:00Z',
      end: '2017-06-05T05:40:00Z',
      timeline: { start: '2017-06-05T05:58:04Z', end: '2017-06-05T05:58:04Z' },
      flags: ['window_from_text'],
      windowText:
        'Between 10:16 PM and 10:40 PM PDT we experienced increased error rates for the EC2 APIs in a single Availability Zone in the AP-NORTHEAST-1 Region.',
    })
  })
})

describe('awsRssAdapter on edge cases', () => {
  it('opens a new event when a resolved title comes back more than a day later', () => {
    const parsed = parse(
      feed([
        item(
          'Service is operating normally: [RESOLVED] Increased API Errors',
          'Mon, 01 Mar 2021 10:00:00 PST',
          1614621600,
        ),
        item(
          'Informational message: Increased API Errors',
          'Wed, 10 Mar 2021 09:00:00 PST',
          1615395600,
        ),
      ]),
    )
    expect(parsed.incidents.map((i) => [i.start, i.end])).toEqual([
      ['2021-03-10T17:00:00Z', null],
      ['2021-03-01T18:00:00Z', '2021-03-01T18:00:00Z'],
    ])
  })

  it('maps the worst state of an event: a disruption is a partial outage', () => {
    const parsed = parse(
      feed([
        item('Informational message: Errors', 'Mon, 01 Mar 2021 10:00:00 PST', 1614621600),
        item('Service disruption: Errors', 'Mon, 01 Mar 2021 10:30:00 PST', 1614623400),
      ]),
    )
    expect(parsed.incidents[0]).toMatchObject({ impact: 'partial_outage', end: null })
  })

  it('skips an item with an unreadable pubDate, with a warning', () => {
    const parsed = parse(
      feed([
        item('Informational message: Errors', 'sometime', 1614621600),
        item('Informational message: Errors', 'Mon, 01 Mar 2021 10:00:00 PST', 1614621600),
      ]),
    )
    expect(parsed.incidents).toHaveLength(1)
    expect(parsed.warnings).toEqual([
      'Skipped AWS feed item 1: pubDate "sometime" is not a readable date',
    ])
  })

  it('recognizes a feed by its title prefixes when the generator is missing', () => {
    const text = feed([item('Performance issues: Slow', 'Mon, 01 Mar 2021 10:00:00 PST', 1)], '')
    expect(awsRssAdapter.canParse(sniff(text))).toBe(true)
    const plain = feed([item('Database upgrade', 'Mon, 01 Mar 2021 10:00:00 PST', 1)], 'Other')
    expect(awsRssAdapter.canParse(sniff(plain))).toBe(false)
  })
})
