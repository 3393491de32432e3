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

const counts = (feed: ParsedFeed) => [
  feed.incidents.length,
  feed.incidents.filter((i) => i.kind === 'maintenance').length,
  feed.incidents.reduce((n, i) => n + i.updates.length, 0),
]
const span = (i: Incident) => [i.start, i.end, i.durationMinutes]

describe('Statuspage Atom: DigitalOcean 2019-10-30', () => {
  const feed = parsed('real/statuspage-history-digitalocean-2019-10-30.atom')

  it('reads 25 entries, one maintenance, 95 updates, keyed by the code in the link', () => {
    expect(feed.format).toBe('statuspage-atom')
    expect(feed.warnings).toEqual([])
    expect(counts(feed)).toEqual([25, 1, 95])
    expect([feed.vendor, feed.pageUrl]).toEqual(['DigitalOcean', 'https://status.digitalocean.com'])
    expect(feed.coverage).toEqual({ from: '2019-09-27T18:49:00Z', to: '2019-10-30T23:05:12Z' })
    expect(span(byId(feed, 'g4h15s1jcbmy'))).toEqual([
      '2019-10-08T10:01:00Z',
      '2019-10-08T13:23:00Z',
      202,
    ])
  })

  it('keeps two incidents that share a title apart', () => {
    const portal = feed.incidents.filter((i) => i.title === 'Cloud Support Portal issues')
    expect(portal.map((i) => i.id)).toEqual(['tt9788g09p8s', 'ldq50pyhbn0s'])
    expect(byId(feed, 'w4j2nj1trtsg').title).toBe('Event Processing Delays & Droplet Creates Issue')
  })

  it('carries an incident across a month boundary', () => {
    expect(span(byId(feed, 'g76kgjxqrzxs'))).toEqual([
      '2019-09-30T21:25:00Z',
      '2019-10-01T03:41:00Z',
      376,
    ])
  })
})

describe('Statuspage Atom: metastatuspage 2019 and Sauce Labs 2020 (PDT/PST with local offsets)', () => {
  const meta = parsed('real/statuspage-history-atlassian-metastatuspage-2019-11-23.atom')
  const sauce = parsed('real/statuspage-history-saucelabs-uswest-2020-11.atom')

  it('reads metastatuspage: 25 entries, 4 maintenances, 61 updates (45 PDT, 16 PST)', () => {
    expect(counts(meta)).toEqual([25, 4, 61])
    expect([meta.vendor, meta.pageUrl]).toEqual([
      'Atlassian Statuspage',
      'https://metastatuspage.com',
    ])
    expect(meta.coverage).toEqual({ from: '2019-07-15T00:09:00Z', to: '2019-11-23T08:00:02Z' })
    expect(meta.incidents.flatMap((i) => i.flags)).not.toContain('timezone_assumed')
  })

  it('reads PST stamps at −8 and PDT stamps at −7', () => {
    expect(span(byId(meta, 'lcvzzk0mgfw3'))).toEqual([
      '2019-11-21T01:00:00Z',
      '2019-11-21T02:35:00Z',
      95,
    ])
    expect(span(byId(meta, '4qwp4db52sf1'))).toEqual([
      '2019-11-02T01:00:00Z',
      '2019-11-02T01:00:00Z',
      0,
    ])
    const balancer = byId(meta, '1k18fr8tm2kq')
    expect(balancer.updates[0]).toMatchObject({ at: '2019-11-08T20:27:00Z', status: 'Scheduled' })
    expect(span(balancer)).toEqual(['2019-11-11T02:00:00Z', '2019-11-11T02:19:00Z', 19])
  })

  it('reads Sauce Labs: 25 entries, 6 maintenances including "Unplanned Maintenance", 72 updates', () => {
    expect(counts(sauce)).toEqual([25, 6, 72])
    expect(sauce.vendor).toBe('Sauce Labs US West Data Center')
    expect(sauce.coverage).toEqual({ from: '2020-03-13T06:45:00Z', to: '2020-11-15T08:17:45Z' })
    expect(byId(sauce, 'r9j0ydp9s62z')).toMatchObject({
      title: 'Sauce Labs Unplanned Maintenance',
      kind: 'maintenance',
      start: '2020-08-01T03:00:00Z',
      end: '2020-08-01T04:41:00Z',
    })
    expect(span(byId(sauce, '08fk1fzrw8p8'))).toEqual([
      '2020-11-14T21:51:00Z',
      '2020-11-14T22:07:00Z',
      16,
    ])
    expect(span(byId(sauce, '4zvfxb1g2lxj'))).toEqual([
      '2020-10-24T17:00:00Z',
      '2020-10-24T17:59:00Z',
      59,
    ])
  })
})

describe('Statuspage Atom: Symantec WSS 2019-12-10 (scheduled-event header, links in bodies)', () => {
  const feed = parsed('real/statuspage-history-symantec-wss-2019-12-10.atom')

  it('reads 25 entries, 10 maintenances and 63 updates', () => {
    expect(counts(feed)).toEqual([25, 10, 63])
    expect(feed.vendor).toBe('Symantec Web Security Service')
  })

  it('reads the upcoming same-day window "Dec 18, 16:00 - 17:00 UTC" and flags it upcoming', () => {
    const upcoming = byId(feed, 'nrbj1tnt6445')
    expect(upcoming).toMatchObject({
      kind: 'maintenance',
      scheduledStart: '2019-12-18T16:00:00Z',
      scheduledEnd: '2019-12-18T17:00:00Z',
      start: '2019-12-18T16:00:00Z',
      end: '2019-12-18T17:00:00Z',
      flags: ['upcoming'],
    })
    expect(upcoming.updates.map((u) => [u.at, u.status])).toEqual([
      ['2019-12-09T19:40:00Z', 'Scheduled'],
    ])
  })

  it('starts a maintenance at "In progress", not at the Oct 14 announcement', () => {
    const release = byId(feed, '2wm6j44vb7y2')
    expect(release.updates[0]).toMatchObject({ at: '2019-10-14T15:40:00Z', status: 'Scheduled' })
    expect(span(release)).toEqual(['2019-12-06T23:58:00Z', '2019-12-06T23:59:00Z', 1])
    expect(release.flags).toEqual([])
  })

  it('keeps <a href> in the body and only the words in the text', () => {
    const scheduled = byId(feed, 'cpc86q7t55km').updates[0]
    expect(scheduled?.body).toContain(
      '<a href="https://wss.status.symantec.com/incidents/2wm6j44vb7y2"> previously communicated on October 14, 2019</a>',
    )
    expect(scheduled?.text).toContain('As previously communicated on October 14, 2019, Symantec')
  })
})

describe('Statuspage Atom: GitHub 2022, 2025 (upcoming maintenance) and 2026-08 (layout 3)', () => {
  it('reads GitHub 2022: 25 entries, 5 maintenances, an 11-update incident', () => {
    const feed = parsed('real/statuspage-history-github-2022-06-11.atom')
    expect(counts(feed)).toEqual([25, 5, 93])
    expect(byId(feed, 'zhtplv7zd052').updates).toHaveLength(11)
    expect(span(byId(feed, 'zhtplv7zd052'))).toEqual([
      '2022-05-27T07:36:00Z',
      '2022-05-27T08:57:00Z',
      81,
    ])
    expect(span(byId(feed, 'rw3k5dz04rqj'))).toEqual([
      '2022-05-12T21:12:00Z',
      '2022-05-16T21:00:00Z',
      5748,
    ])
  })

  it('reads the upcoming Codespaces window 2025-05-14T16:30Z–2025-05-15T16:30Z from the header', () => {
    const feed = parsed('real/statuspage-history-github-2025-05-14-maintenance.atom')
    expect(counts(feed)).toEqual([25, 4, 111])
    expect(feed.coverage?.to).toBe('2025-05-13T20:20:43Z')
    const upcoming = byId(feed, 'bs901hhxgw33')
    expect(upcoming).toMatchObject({
      title: 'Codespaces Scheduled Maintenance',
      kind: 'maintenance',
      scheduledStart: '2025-05-14T16:30:00Z',
      scheduledEnd: '2025-05-15T16:30:00Z',
      flags: ['upcoming'],
    })
    expect(upcoming.updates.map((u) => [u.at, u.status])).toEqual([
      ['2025-05-13T19:52:00Z', 'Scheduled'],
    ])
    expect(byId(feed, 'hkp6z7kt2qm6').flags).toEqual([])
  })

  it('reads GitHub 2026-08-22 in the whitespace layout, with its 36-update entry', () => {
    const feed = parsed('real/statuspage-history-github-2026-08-22.atom')
    expect(counts(feed)).toEqual([25, 0, 178])
    const big = byId(feed, 'zkxwbgr0cnmx')
    expect(big.updates).toHaveLength(36)
    expect(span(big)).toEqual(['2026-08-17T13:40:00Z', '2026-08-17T21:15:00Z', 455])
    const last = byId(feed, 'bhbcjn4n3jzp').updates.at(-1)
    expect(last?.body).toBe(
      'This incident has been resolved. Thank you for your patience and understanding as we addressed this issue. A detailed root cause analysis will be shared as soon as it is available.',
    )
  })

  it('ends an incident at its Resolved update even though Atom updated is days later', () => {
    const feed = parsed('real/statuspage-history-github-2026-08-22.atom')
    const runners = byId(feed, 'bmpybhnrky3x')
    expect(readFixture('real/statuspage-history-github-2026-08-22.atom')).toContain(
      '<updated>2026-08-21T22:46:07Z</updated>',
    )
    expect(span(runners)).toEqual(['2026-08-18T07:40:00Z', '2026-08-18T11:42:00Z', 242])
  })
})
