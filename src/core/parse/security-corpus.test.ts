import { describe, expect, it } from 'vitest'
import { HOSTILE_FEEDS } from '../__fixtures__/hostile-feeds'
import { SECURITY_PAYLOADS } from '../__fixtures__/security-corpus'
import { outcomeProblems } from './incident-invariants'
import { parseFeed } from './index'

const TEXTS = SECURITY_PAYLOADS.map((p) => p.text)
const FORMATS = {
  rss: 'generic-rss',
  atom: 'generic-atom',
  'statuspage-atom': 'statuspage-atom',
  'statuspage-rss': 'statuspage-rss',
  'instatus-rss': 'instatus-rss',
  'statuspage-json': 'statuspage-json',
  'incident-page': 'statuspage-incident-text',
  'gcp-json': 'gcp-json',
  'slack-json': 'slack-json',
  'heroku-json': 'heroku-json',
  'statusio-json': 'statusio-json',
  'aws-json': 'aws-json',
  'aws-rss': 'aws-rss',
} as const

describe('every parser under the security corpus', () => {
  it('holds more than a thousand payloads from every family', () => {
    expect(SECURITY_PAYLOADS.length).toBeGreaterThanOrEqual(1_000)
    const families = new Set(SECURITY_PAYLOADS.map((p) => p.family))
    expect([...families].sort()).toEqual(['bidi', 'formula', 'long', 'markdown', 'xss'])
  })

  for (const [name, build] of Object.entries(HOSTILE_FEEDS)) {
    it(`reads the ${name} feed whole, as text, with links only to http(s) addresses`, () => {
      const outcome = parseFeed(build(TEXTS), { location: name })
      expect(outcomeProblems(outcome)).toEqual([])
      if (!outcome.ok) throw new Error(outcome.error.message)
      const { feed } = outcome
      expect(feed.format).toBe(FORMATS[name as keyof typeof FORMATS])
      // One incident per item; the pasted page is one incident with one update per payload, and
      // AWS RSS items are updates, grouped into events by title: no update is lost either way.
      if (name === 'incident-page' || name === 'aws-rss') {
        const updates = feed.incidents.reduce((n, i) => n + i.updates.length, 0)
        expect(updates).toBe(TEXTS.length)
      } else expect(feed.incidents).toHaveLength(TEXTS.length)
      // Half the items carry a javascript: link: none of them survives as the incident's url.
      const links = feed.incidents.map((i) => i.url).filter((url) => url !== null)
      expect(links.filter((url) => !/^https?:\/\//.test(url))).toEqual([])
      for (const incident of feed.incidents) {
        expect(typeof incident.title).toBe('string')
        expect(incident.components.every((c) => typeof c === 'string')).toBe(true)
      }
    })
  }

  it('keeps JSON titles and components exactly as the vendor wrote them', () => {
    const outcome = parseFeed(HOSTILE_FEEDS['statuspage-json'](TEXTS))
    if (!outcome.ok) throw new Error(outcome.error.message)
    const byIndex = new Map(outcome.feed.incidents.map((i) => [Number(i.id.slice(7)), i]))
    const changed = TEXTS.filter((text, i) => byIndex.get(i)?.title !== text.trim())
    expect(changed).toEqual([])
  })
})
