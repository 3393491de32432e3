import { describe, expect, it } from 'vitest'
import { allFeedFixtures, readFixture } from '../../__fixtures__/fixtures'
import { sniff } from '../sniff'
import { statuspageAtomAdapter, statuspageRssAdapter } from './index'

const statuspageRss = [
  'real/statuspage-history-parse-2014.rss',
  'real/statuspage-history-digitalocean-2020-01-21.rss',
  'real/statuspage-history-streamyard-2024-06-10.rss',
  'real/statuspage-history-moonpay-2025-11-28.rss',
  'real/statuspage-history-claude-2026-02-04.rss',
  'real/statuspage-history-github-2026-02-04.rss',
]
const statuspageAtom = allFeedFixtures().filter(
  (path) => path.startsWith('real/statuspage-history-') && path.endsWith('.atom'),
)

const claims = (path: string) => {
  const input = sniff(readFixture(path))
  return { rss: statuspageRssAdapter.canParse(input), atom: statuspageAtomAdapter.canParse(input) }
}

// Shapes of incident.io's feeds (formats.md §2): generator incident.io, CDATA "Status:" bodies.
const incidentIoRss = `<?xml version="1.0"?><rss version="2.0"><channel><title>OpenAI status</title>
<link>https://status.openai.com</link><description>Statuspage</description><generator>incident.io</generator>
<item><title>Errors</title><link>https://status.openai.com/incidents/01JX0000000000000000000000</link>
<description><![CDATA[<p>Status: Resolved</p><p>Fixed.</p>]]></description><pubDate>Mon, 01 Jun 2026 05:00:00 +0000</pubDate></item>
</channel></rss>`
const incidentIoAtom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><id>tag:status.openai.com,2005:/history</id>
<title>OpenAI status</title><generator>incident.io</generator><updated>2026-06-01T05:00:00Z</updated></feed>`

describe('Statuspage feed recognition', () => {
  it('claims the six Statuspage RSS samples as RSS only', () => {
    for (const path of statuspageRss) expect(claims(path), path).toEqual({ rss: true, atom: false })
  })

  it('claims the ten Statuspage Atom samples as Atom only', () => {
    expect(statuspageAtom).toHaveLength(10)
    for (const path of statuspageAtom)
      expect(claims(path), path).toEqual({ rss: false, atom: true })
  })

  it('recognizes Parse 2014 by its items although its channel description is not "Statuspage"', () => {
    const text = readFixture('real/statuspage-history-parse-2014.rss')
    expect(text).toContain('<description>Parse Status - Incident History</description>')
    expect(claims('real/statuspage-history-parse-2014.rss').rss).toBe(true)
  })

  it('leaves the Instatus seed, the AWS RSS and every non-Statuspage sample to other adapters', () => {
    const others = allFeedFixtures().filter(
      (path) => !statuspageRss.includes(path) && !statuspageAtom.includes(path),
    )
    expect(others).toContain('seeds/maestra-status-history.rss')
    expect(others).toContain('real/aws-shd-rss-ec2-ap-northeast-1-2019-09-07.rss')
    for (const path of others) expect(claims(path), path).toEqual({ rss: false, atom: false })
  })

  it('leaves incident.io RSS and Atom feeds alone even when they look Statuspage-like', () => {
    for (const text of [incidentIoRss, incidentIoAtom]) {
      const input = sniff(text)
      expect(statuspageRssAdapter.canParse(input)).toBe(false)
      expect(statuspageAtomAdapter.canParse(input)).toBe(false)
    }
  })

  it('does not claim a plain RSS feed whose items merely link to /incidents/ pages', () => {
    const plain =
      sniff(`<rss version="2.0"><channel><title>Blog</title><description>News</description>
      <item><title>Post</title><link>https://blog.example/incidents/abc123</link><description>Hello</description></item>
      </channel></rss>`)
    expect(statuspageRssAdapter.canParse(plain)).toBe(false)
  })
})
