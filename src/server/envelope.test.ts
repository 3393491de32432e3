import { describe, expect, it } from 'vitest'
import { createEnvelope } from './envelope'
import type { CachedFeed } from './feed-cache'

const entry: CachedFeed = {
  body: '<title>"Quoted" \\ café \u2028 </title>\n',
  contentType: 'text/xml; charset=iso-8859-1',
  finalUrl: 'https://status.example.com/history.rss',
  fetchedAt: Date.UTC(2026, 1, 4, 12, 0, 0),
}

describe('createEnvelope', () => {
  it('is exactly the JSON of the documented envelope', () => {
    const now = entry.fetchedAt + 90_500
    const { bytes } = createEnvelope(
      'https://status.example.com/',
      { entry, cacheStatus: 'STALE' },
      now,
    )
    expect(JSON.parse(bytes.toString('utf8'))).toEqual({
      url: 'https://status.example.com/',
      finalUrl: entry.finalUrl,
      contentType: entry.contentType,
      fetchedAt: '2026-02-04T12:00:00.000Z',
      stale: true,
      ageSeconds: 90,
      body: entry.body,
    })
  })

  it('compresses once per coding and age, and again when the age changes', async () => {
    const first = createEnvelope('u', { entry, cacheStatus: 'HIT' }, entry.fetchedAt + 1_000)
    const same = createEnvelope('u', { entry, cacheStatus: 'HIT' }, entry.fetchedAt + 1_900)
    const later = createEnvelope('u', { entry, cacheStatus: 'HIT' }, entry.fetchedAt + 2_000)
    expect(same.encode('gzip')).toBe(first.encode('gzip'))
    expect(later.encode('gzip')).not.toBe(first.encode('gzip'))
    expect(first.encode('br')).not.toBe(first.encode('gzip'))
  })
})
