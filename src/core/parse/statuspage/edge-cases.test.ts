import { describe, expect, it } from 'vitest'
import type { ParsedFeed } from '../../model'
import { parseFeedWith } from '../parse-feed'
import { statuspageAtomAdapter, statuspageRssAdapter } from './index'

const escapeXml = (html: string) =>
  html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const update = (stamp: string, label: string, body: string) =>
  `<p><small>${stamp}</small><br><strong>${label}</strong> - ${body}</p>`

interface ItemParts {
  title?: string
  code?: string
  pubDate?: string
  html: string
  link?: string
  extra?: string
}

function item({
  title = 'API errors',
  code = 'abc123def456',
  pubDate,
  html,
  link,
  extra,
}: ItemParts) {
  const href = link ?? `https://status.acme.test/incidents/${code}`
  return `<item><title>${title}</title><description>${escapeXml(html)}</description>
    <pubDate>${pubDate ?? 'Wed, 01 Jan 2020 00:30:00 +0000'}</pubDate><link>${href}</link><guid>${href}</guid>${extra ?? ''}</item>`
}

function rssFeed(items: string[], channelDate = 'Wed, 01 Jan 2020 12:00:00 +0000'): string {
  const date = channelDate ? `<pubDate>${channelDate}</pubDate>` : ''
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Acme Status - Incident History</title>
    <link>https://status.acme.test</link><description>Statuspage</description>${date}${items.join('')}</channel></rss>`
}

function parsed(text: string): ParsedFeed {
  const outcome = parseFeedWith([statuspageRssAdapter, statuspageAtomAdapter], text)
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

describe('Statuspage feed edge cases', () => {
  it('walks a January resolve back to its December start', () => {
    const html =
      update('Jan  1, 00:30 UTC', 'Resolved', 'Fixed.') +
      update('Dec 31, 23:50 UTC', 'Investigating', 'Looking.')
    const [incident] = parsed(rssFeed([item({ html })])).incidents
    expect([incident?.start, incident?.end, incident?.durationMinutes]).toEqual([
      '2019-12-31T23:50:00Z',
      '2020-01-01T00:30:00Z',
      40,
    ])
  })

  it('learns an unknown zone word from the item date showing the same wall clock', () => {
    const html = update('Jan  1, 02:30 XYZT', 'Resolved', 'Fixed.')
    const feed = parsed(rssFeed([item({ html, pubDate: 'Wed, 01 Jan 2020 02:30:00 +0100' })]))
    expect(feed.incidents[0]?.start).toBe('2020-01-01T01:30:00Z')
    expect(feed.incidents[0]?.flags).toEqual(['resolved_only'])
    expect(feed.warnings).toEqual([])
  })

  it('otherwise reads an unknown zone word in the item offset, flags it and names it', () => {
    const html = update('Jan  1, 05:00 XYZT', 'Resolved', 'Fixed.')
    const feed = parsed(rssFeed([item({ html, pubDate: 'Wed, 01 Jan 2020 02:30:00 +0100' })]))
    expect(feed.incidents[0]?.start).toBe('2020-01-01T04:00:00Z')
    expect(feed.incidents[0]?.flags).toEqual(['timezone_assumed', 'resolved_only'])
    expect(feed.warnings).toEqual([
      'Update times with the unknown zone "XYZT" (1 item(s)) were read in the offset of each item\'s own date.',
    ])
  })

  it('places stamps by the feed date when the item date cannot be read, and never by guesswork', () => {
    const html = update('Dec 31, 23:50 UTC', 'Resolved', 'Fixed.')
    const dated = parsed(rssFeed([item({ html, pubDate: 'sometime' })]))
    expect(dated.incidents[0]?.start).toBe('2019-12-31T23:50:00Z')
    const undated = parsed(rssFeed([item({ html, pubDate: 'sometime' })], ''))
    expect(undated.incidents).toEqual([])
    expect(undated.warnings).toEqual([
      'Skipped item 1: "API errors" has no readable date to place its updates in.',
    ])
  })

  it('leaves an incident without a resolving update open', () => {
    const html = update('Jan  1, 00:10 UTC', 'Identified', 'Found it.')
    const [incident] = parsed(rssFeed([item({ html })])).incidents
    expect([incident?.start, incident?.end, incident?.durationMinutes]).toEqual([
      '2020-01-01T00:10:00Z',
      null,
      null,
    ])
  })

  it('skips items without an address or without a readable time, with warnings', () => {
    const good = item({ html: update('Jan  1, 00:10 UTC', 'Resolved', 'Ok.') })
    const noLink = `<item><title>Lost</title><description>${escapeXml(update('Jan  1, 00:10 UTC', 'Resolved', 'x'))}</description></item>`
    const noStamp = item({
      title: 'Blank',
      code: 'zzz999zzz999',
      html: '<p>Nothing dated here.</p>',
    })
    const feed = parsed(rssFeed([good, noLink, noStamp]))
    expect(feed.incidents.map((i) => i.id)).toEqual(['abc123def456'])
    expect(feed.warnings).toEqual([
      'Skipped item 2: it has neither a link nor a guid.',
      'Skipped item 3: "Blank" has no update whose time can be read.',
    ])
  })

  it('keeps only http(s) links as the incident url', () => {
    const html = update('Jan  1, 00:10 UTC', 'Resolved', 'Ok.')
    const [incident] = parsed(rssFeed([item({ html, link: 'javascript:alert(1)' })])).incidents
    expect(incident?.url).toBeNull()
    expect(incident?.id).toBe('javascript:alert(1)')
  })

  it('rolls an overnight same-day window into the next day (and year)', () => {
    const header =
      "<p><strong>THIS IS A SCHEDULED EVENT Dec <var data-var='date'>31</var>, <var data-var='time'>23:00</var> &nbsp;-&nbsp; <var data-var='time'>01:00</var> UTC</strong></p>"
    const html = header + update('Dec 20, 10:00 UTC', 'Scheduled', 'Upgrade.')
    const feed = parsed(
      rssFeed(
        [item({ html, title: 'Upgrade', pubDate: 'Tue, 31 Dec 2019 23:00:00 +0000' })],
        'Sat, 21 Dec 2019 00:00:00 +0000',
      ),
    )
    expect(feed.incidents[0]).toMatchObject({
      kind: 'maintenance',
      scheduledStart: '2019-12-31T23:00:00Z',
      scheduledEnd: '2020-01-01T01:00:00Z',
      flags: ['upcoming'],
    })
  })

  it('uses the header to mark an upcoming maintenance when the feed has no date of its own', () => {
    const header =
      "<p><strong>THIS IS A SCHEDULED EVENT Jan <var data-var='date'>5</var>, <var data-var='time'>10:00</var> UTC &nbsp;-&nbsp; Jan <var data-var='date'>5</var>, <var data-var='time'>12:00</var> UTC</strong></p>"
    const html = header + update('Jan  1, 00:10 UTC', 'Scheduled', 'We will upgrade.')
    const feed = parsed(rssFeed([item({ html, pubDate: 'Sun, 05 Jan 2020 10:00:00 +0000' })], ''))
    expect(feed.incidents[0]?.flags).toEqual(['upcoming'])
    expect(feed.coverage).toEqual({ from: null, to: '2020-01-01T00:10:00Z' })
  })

  it('uses the title only when the labels are all neutral "Update"', () => {
    const html = update('Jan  1, 00:10 UTC', 'Update', 'Work continues.')
    const titled = parsed(rssFeed([item({ html, title: 'Database Maintenance' })]))
    const plain = parsed(rssFeed([item({ html, title: 'Database slowness' })]))
    expect(titled.incidents[0]?.kind).toBe('maintenance')
    expect(plain.incidents[0]?.kind).toBe('incident')
  })

  it('reads an empty Statuspage channel as no incidents up to the channel date', () => {
    const feed = parsed(rssFeed([]))
    expect(feed.incidents).toEqual([])
    expect(feed.coverage).toEqual({ from: null, to: '2020-01-01T12:00:00Z' })
  })

  it('keys an Atom entry without an alternate link by its Atom id', () => {
    const content = escapeXml(update('Jan  1, 00:10 UTC', 'Resolved', 'Ok.'))
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
      <id>tag:status.acme.test,2005:/history</id><title>Acme Status - Incident History</title>
      <updated>2020-01-01T12:00:00Z</updated><author><name>Acme</name></author>
      <entry><id>tag:status.acme.test,2005:Incident/42</id><published>2020-01-01T00:10:00Z</published>
      <title>API errors</title><content type="html">${content}</content></entry></feed>`
    const feed = parsed(atom)
    expect(feed.format).toBe('statuspage-atom')
    expect(feed.vendor).toBe('Acme')
    expect(feed.pageUrl).toBeNull()
    expect(feed.incidents[0]).toMatchObject({
      id: 'tag:status.acme.test,2005:Incident/42',
      url: null,
    })
  })
})
