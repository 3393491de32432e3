import { describe, expect, it } from 'vitest'
import { readFixture } from '../../__fixtures__/fixtures'
import type { Incident, ParsedFeed } from '../../model'
import { parseFeedWith } from '../parse-feed'
import { statuspageAtomAdapter, statuspageRssAdapter } from './index'

function parsed(path: string): ParsedFeed {
  const outcome = parseFeedWith([statuspageRssAdapter, statuspageAtomAdapter], readFixture(path))
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

function byId(feed: ParsedFeed, id: string): Incident {
  const incident = feed.incidents.find((i) => i.id === id)
  if (!incident) throw new Error(`no incident ${id}`)
  return incident
}

const updateCount = (feed: ParsedFeed) => feed.incidents.reduce((n, i) => n + i.updates.length, 0)
const kinds = (feed: ParsedFeed) => feed.incidents.filter((i) => i.kind === 'maintenance').length

describe('Statuspage RSS: Parse 2014 (layout 1, PST under daylight time)', () => {
  const feed = parsed('real/statuspage-history-parse-2014.rss')

  it('reads 17 incidents with 38 updates, the vendor and the page', () => {
    expect(feed.format).toBe('statuspage-rss')
    expect(feed.warnings).toEqual([])
    expect([feed.vendor, feed.pageUrl]).toEqual(['Parse', 'http://status.parse.com'])
    expect([feed.incidents.length, kinds(feed), updateCount(feed)]).toEqual([17, 0, 38])
    expect(feed.coverage).toEqual({ from: '2013-07-22T21:54:00Z', to: '2014-01-10T00:00:23Z' })
  })

  it('does not let the Dec 26 postmortem extend the Dec 24 incident', () => {
    const incident = byId(feed, 'p9hy357zjvb3')
    expect(incident.title).toBe('Elevated error rates and latency')
    expect([incident.start, incident.end, incident.durationMinutes]).toEqual([
      '2013-12-24T16:58:00Z',
      '2013-12-24T19:21:00Z',
      143,
    ])
    expect(incident.updates.map((u) => [u.at, u.status])).toEqual([
      ['2013-12-24T16:58:00Z', 'Investigating'],
      ['2013-12-24T19:21:00Z', 'Resolved'],
      ['2013-12-26T18:22:00Z', 'Postmortem'],
    ])
  })

  it('keeps the postmortem Markdown raw in the body and plain in the text', () => {
    const postmortem = byId(feed, 'p9hy357zjvb3').updates[2]
    expect(postmortem?.bodyFormat).toBe('html')
    expect(
      postmortem?.body.startsWith('# Summary of the December 24 Parse Service Disruption\n<br />'),
    ).toBe(true)
    expect(postmortem?.body).toContain('[Help & Community](https://parse.com/help) portal.')
    expect(postmortem?.text).toContain('Disruption\n\nWe would like to share some more details')
    expect(postmortem?.text).not.toContain('<br')
  })

  it('reads "PST" in the offset of the item\'s own −0700 pubDate (Oct 28, daylight time)', () => {
    const incident = byId(feed, 'gtdv7rgyn76g')
    expect([incident.start, incident.end]).toEqual(['2013-10-28T21:43:00Z', '2013-10-28T21:48:00Z'])
    expect(incident.flags).toEqual([])
  })

  it('puts the New Year item in 2014 and the Dec 29 item in 2013', () => {
    expect([byId(feed, 'lzf7mjchpy20').start, byId(feed, 'lzf7mjchpy20').durationMinutes]).toEqual([
      '2014-01-01T16:17:00Z',
      52,
    ])
    expect(byId(feed, 'x7yb1mmd4721').start).toBe('2013-12-29T16:04:00Z')
  })

  it('gives single-Resolved items a zero duration with the resolved_only flag', () => {
    const flagged = feed.incidents.filter((i) => i.flags.includes('resolved_only')).map((i) => i.id)
    expect(flagged).toEqual(['q9dns8zcgptk', '3znvknxmk10z', 'gwywvz2n85bj'])
    expect(byId(feed, 'q9dns8zcgptk')).toMatchObject({
      start: '2013-12-20T14:30:00Z',
      end: '2013-12-20T14:30:00Z',
      durationMinutes: 0,
    })
  })
})

describe('Statuspage RSS: DigitalOcean 2020-01-21 (maintenances without maintenanceEndDate)', () => {
  const feed = parsed('real/statuspage-history-digitalocean-2020-01-21.rss')

  it('reads 25 items, 6 of them maintenances, with 83 updates', () => {
    expect([feed.incidents.length, kinds(feed), updateCount(feed)]).toEqual([25, 6, 83])
    expect([feed.vendor, feed.pageUrl]).toEqual(['DigitalOcean', 'http://status.digitalocean.com'])
    expect(feed.coverage).toEqual({ from: '2019-12-05T11:21:00Z', to: '2020-01-21T21:00:29Z' })
  })

  it('keeps the maintenance in progress at capture open, starting at "In progress"', () => {
    const incident = byId(feed, 'x0xytvsvky35')
    expect(incident).toMatchObject({
      kind: 'maintenance',
      url: 'https://status.digitalocean.com/incidents/x0xytvsvky35',
      start: '2020-01-21T21:00:00Z',
      end: null,
      durationMinutes: null,
      impact: 'none',
    })
    expect(incident.flags).not.toContain('upcoming')
    expect(incident.updates[0]?.text).toContain('AMS3 location.\n\nExpected Impact:')
  })

  it('tells maintenances from incidents by labels, not by the word in the title', () => {
    expect(byId(feed, '2yyk6j58xcxh').title).toBe('Disruption of DigitalOcean Email Notifications')
    expect(byId(feed, '2yyk6j58xcxh').kind).toBe('maintenance')
    expect(byId(feed, 'z8tp0f9sq047').title).toContain('During LON1 Network Maintenance')
    expect(byId(feed, 'z8tp0f9sq047').kind).toBe('incident')
  })

  it('reads December 2019 items in a January 2020 feed in 2019', () => {
    const incident = byId(feed, 'b939ctcc4yh2')
    expect(incident.updates).toHaveLength(9)
    expect([incident.start, incident.end, incident.durationMinutes]).toEqual([
      '2019-12-11T23:04:00Z',
      '2019-12-17T23:41:00Z',
      8677,
    ])
    expect(byId(feed, 'qz40dp1qcs1d')).toMatchObject({
      start: '2020-01-08T00:00:00Z',
      end: '2020-01-14T22:20:00Z',
      durationMinutes: 9980,
    })
  })
})

describe('Statuspage RSS: MoonPay 2025-11-28 (maintenanceEndDate)', () => {
  const feed = parsed('real/statuspage-history-moonpay-2025-11-28.rss')

  it('reads 25 items with 69 updates; the three maintenanceEndDate items are maintenances', () => {
    expect([feed.incidents.length, kinds(feed), updateCount(feed)]).toEqual([25, 3, 69])
    expect(feed.incidents.filter((i) => i.kind === 'maintenance').map((i) => i.id)).toEqual([
      'xbfpfff83pxt',
      't8846zmxm3xs',
      '0q99yw999x49',
    ])
  })

  it('takes maintenanceEndDate as the scheduled end and starts at "In progress"', () => {
    expect(byId(feed, 'xbfpfff83pxt')).toMatchObject({
      title: 'MoonPay Balances US and ACH Maintenance',
      scheduledStart: null,
      scheduledEnd: '2025-10-26T10:30:00Z',
      start: '2025-10-26T05:30:00Z',
      end: '2025-10-26T10:30:00Z',
      durationMinutes: 300,
    })
    expect(byId(feed, 't8846zmxm3xs')).toMatchObject({
      start: '2025-10-25T19:01:00Z',
      end: '2025-10-25T21:00:00Z',
      durationMinutes: 119,
    })
  })

  it('decodes the XML layer once: &apos; becomes an apostrophe in text and body', () => {
    const monitoring = byId(feed, 'xq1zm66g7klp').updates[1]
    expect(monitoring?.status).toBe('Monitoring')
    expect(monitoring?.text).toBe(
      "Normal asset delivery has resumed, we'll continue monitor until the issue is resolved.",
    )
    expect(byId(feed, '520p0s430wrk').title).toBe('Notification & deep-link issues')
  })
})

describe('Statuspage RSS: StreamYard, Claude and GitHub', () => {
  it('reads StreamYard: 17 incidents back to 2022 with 46 updates', () => {
    const feed = parsed('real/statuspage-history-streamyard-2024-06-10.rss')
    expect([feed.incidents.length, kinds(feed), updateCount(feed)]).toEqual([17, 0, 46])
    expect(feed.coverage).toEqual({ from: '2022-02-14T19:04:00Z', to: '2024-06-10T11:10:42Z' })
    const networking = byId(feed, 'l4222m9bmd6k')
    expect(networking.updates.map((u) => u.status)).toEqual(['Investigating', 'Update', 'Resolved'])
    expect([networking.start, networking.end, networking.durationMinutes]).toEqual([
      '2024-02-08T08:29:00Z',
      '2024-02-08T09:00:00Z',
      31,
    ])
  })

  it('reads Claude: 25 incidents; the single-Resolved item starts and ends at 20:30', () => {
    const feed = parsed('real/statuspage-history-claude-2026-02-04.rss')
    expect([feed.vendor, feed.pageUrl]).toEqual(['Claude', 'https://status.claude.com'])
    expect([feed.incidents.length, kinds(feed), updateCount(feed)]).toEqual([25, 0, 81])
    expect(byId(feed, 'mhxgcgjrjy7k')).toMatchObject({
      title: 'SSO and magic link sign-in degraded on Claude Desktop',
      start: '2026-02-03T20:30:00Z',
      end: '2026-02-03T20:30:00Z',
      durationMinutes: 0,
      flags: ['resolved_only'],
    })
    expect(byId(feed, '1f8s9zn12cfh')).toMatchObject({
      start: '2026-01-25T08:05:00Z',
      end: '2026-01-26T14:32:00Z',
      durationMinutes: 1827,
    })
  })

  it('reads GitHub: 25 incidents, one with 16 updates across midnight', () => {
    const feed = parsed('real/statuspage-history-github-2026-02-04.rss')
    expect([feed.vendor, feed.incidents.length, updateCount(feed)]).toEqual(['GitHub', 25, 128])
    expect(feed.coverage).toEqual({ from: '2026-01-12T10:02:00Z', to: '2026-02-05T05:10:57Z' })
    const actions = byId(feed, 'xwn6hjps36ty')
    expect(actions.updates).toHaveLength(16)
    expect([actions.start, actions.end, actions.durationMinutes]).toEqual([
      '2026-02-02T19:03:00Z',
      '2026-02-03T00:56:00Z',
      353,
    ])
  })
})
