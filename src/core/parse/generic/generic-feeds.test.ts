import { describe, expect, it } from 'vitest'
import { parseFeedWith } from '../parse-feed'
import { genericAtomAdapter } from './generic-atom'
import { genericRssAdapter } from './generic-rss'

const adapters = [genericRssAdapter, genericAtomAdapter]

function parse(text: string) {
  const outcome = parseFeedWith(adapters, text)
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

const rss = (items: string, title = 'Acme Status') =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://status.acme.test/</link>${items}</channel></rss>`

describe('generic RSS', () => {
  it('reads a plain item as one incident of unknown duration, inventing nothing', () => {
    const feed = parse(
      rss(`<item><title>Login page slow</title><link>https://acme.test/i/1</link><guid>https://acme.test/i/1</guid>
        <pubDate>Tue, 03 Mar 2026 10:00:00 +0100</pubDate><description>&lt;p&gt;We are looking into it &amp;amp;lt;b&amp;amp;gt; more.&lt;/p&gt;</description></item>`),
    )
    expect(feed.vendor).toBe('Acme')
    expect(feed.incidents).toHaveLength(1)
    expect(feed.incidents[0]).toMatchObject({
      id: 'https://acme.test/i/1',
      kind: 'incident',
      start: '2026-03-03T09:00:00Z',
      end: '2026-03-03T09:00:00Z',
      durationMinutes: 0,
      components: [],
      impact: 'degraded_performance',
      impactInferred: true,
      flags: ['duration_unknown'],
    })
    expect(feed.incidents[0]?.updates[0]).toMatchObject({
      status: 'Posted',
      text: 'We are looking into it &lt;b&gt; more.',
    })
  })

  it('groups Better Stack update items by their guid and reads the status prefix', () => {
    const item = (n: number, status: string, time: string) =>
      `<item><title>[${status}] Database connection issues</title><link>https://status.acme.test/incidents/98765</link>
       <guid>https://status.acme.test/incidents/98765#update-${n}</guid><pubDate>Mon, 02 Mar 2026 ${time} +0000</pubDate>
       <description>Update ${n}</description></item>`
    const feed = parse(
      rss(
        item(3, 'Resolved', '11:30:00') +
          item(2, 'Identified', '10:45:00') +
          item(1, 'Investigating', '10:00:00'),
      ),
    )
    expect(feed.incidents).toHaveLength(1)
    expect(feed.incidents[0]).toMatchObject({
      id: 'https://status.acme.test/incidents/98765',
      title: 'Database connection issues',
      start: '2026-03-02T10:00:00Z',
      end: '2026-03-02T11:30:00Z',
      durationMinutes: 90,
      flags: [],
    })
    expect(feed.incidents[0]?.updates.map((u) => u.status)).toEqual([
      'Investigating',
      'Identified',
      'Resolved',
    ])
  })

  it("reads incident.io's status line and component levels from a CDATA body", () => {
    const feed = parse(
      rss(`<item><title><![CDATA[Partial Disruption of Connector Write Actions]]></title>
        <link>https://status.openai.com/incidents/01KQ</link><guid>https://status.openai.com/incidents/01KQ</guid>
        <pubDate>Wed, 29 Apr 2026 21:59:10 GMT</pubDate>
        <description><![CDATA[<b>Status: Identified</b><br/><br/>We have identified an issue.<br/><br/><b>Affected components</b><ul><li>Connectors/Apps (Degraded performance)</li><li>Chat (Partial outage)</li></ul>]]></description></item>`),
    )
    expect(feed.incidents[0]).toMatchObject({
      components: ['Connectors/Apps', 'Chat'],
      impact: 'partial_outage',
      impactInferred: false,
      end: null,
      durationMinutes: null,
    })
    expect(feed.incidents[0]?.updates[0]?.status).toBe('Identified')
  })

  it('skips an undated item with a warning and keeps the others', () => {
    const feed = parse(
      rss(`<item><title>No date</title><guid>a</guid></item>
           <item><title>Dated</title><guid>b</guid><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate></item>`),
    )
    expect(feed.incidents.map((i) => i.title)).toEqual(['Dated'])
    expect(feed.warnings).toEqual(['Skipped item 1: "No date" has no readable date'])
  })

  it('keeps a title that looks like a number as text', () => {
    const feed = parse(
      rss(
        `<item><title>404</title><guid>7</guid><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate></item>`,
      ),
    )
    expect(feed.incidents[0]).toMatchObject({ id: '7', title: '404' })
  })
})

describe('generic Atom', () => {
  it('reads entries with their alternate links and offsets', () => {
    const feed = parse(`<feed xmlns="http://www.w3.org/2005/Atom"><title>Widgets Status</title>
      <link rel="alternate" href="https://status.widgets.test"/>
      <entry><id>urn:1</id><title>Scheduled maintenance of the API</title><updated>2026-02-01T08:00:00-05:00</updated>
      <link rel="self" href="https://status.widgets.test/self"/><link rel="alternate" href="https://status.widgets.test/m/1"/>
      <summary type="html">&lt;b&gt;Done&lt;/b&gt;</summary></entry></feed>`)
    expect(feed).toMatchObject({ vendor: 'Widgets', pageUrl: 'https://status.widgets.test' })
    expect(feed.incidents[0]).toMatchObject({
      id: 'urn:1',
      kind: 'maintenance',
      url: 'https://status.widgets.test/m/1',
      start: '2026-02-01T13:00:00Z',
      impact: 'none',
    })
    expect(feed.incidents[0]?.updates[0]?.text).toBe('Done')
  })
})
