import { describe, expect, it } from 'vitest'
import { parseFeed } from '../parse/index'
import { readFileSync } from 'node:fs'
import { serverHistoryFeeds } from './server-history'

const seed = new URL('../__fixtures__/seeds/maestra-status-history.rss', import.meta.url)
const parsed = parseFeed(readFileSync(seed, 'utf8'))
const incidents = parsed.ok ? parsed.feed.incidents : []

describe('serverHistoryFeeds', () => {
  it('puts every incident in the first feed and gives each further coverage interval its own empty feed', () => {
    const feeds = serverHistoryFeeds({
      vendorId: 'a',
      incidents,
      sources: [
        {
          sourceId: 's1',
          intervals: [{ from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' }],
        },
        {
          sourceId: 's2',
          intervals: [{ from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' }],
        },
      ],
    })
    expect(feeds.map((feed) => [feed.incidents.length, feed.coverage.from])).toEqual([
      [incidents.length, '2026-01-01T00:00:00Z'],
      [0, '2026-03-01T00:00:00Z'],
    ])
    expect(feeds.every((f) => f.format === 'instatus-rss' && f.capturedAt === null)).toBe(true)
  })

  it('gives a history without intervals one feed that covers nothing', () => {
    const [feed, ...rest] = serverHistoryFeeds({ vendorId: 'a', incidents: [], sources: [] })
    expect(rest).toEqual([])
    expect(feed?.format).toBe('generic-rss')
    expect(feed).toMatchObject({ incidents: [], coverage: { from: null, to: null }, vendor: null })
  })
})
