import { brotliDecompressSync } from 'node:zlib'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { RSS_FEED, startFixture, type Fixture } from './test-support/fixture-upstream'
import { APP_HEADERS, mapResolver } from './test-support/network-guards'
import { startProxy } from './test-support/test-proxy'

let fixture: Fixture
let proxy: Awaited<ReturnType<typeof startProxy>>
let clock = Date.UTC(2026, 1, 4, 12, 0, 0)
/** Each test gets its own host names, so per-host state (Retry-After, slots) never leaks between tests. */
const NAMES = ['cache', 'reval', 'stale', 'single', 'pause', 'slow', 'fast', 'limit', 'zip'].map(
  (name) => `${name}.test`,
)

beforeAll(async () => {
  fixture = await startFixture()
  const dns = mapResolver(Object.fromEntries(NAMES.map((name) => [name, ['127.0.0.1']])))
  proxy = await startProxy({
    now: () => clock,
    fetch: { allowHosts: NAMES.map((name) => `${name}:${fixture.port}`), resolve: dns.resolve },
    cache: { freshMs: 60_000, staleMs: 3_600_000 },
  })
})
afterAll(async () => {
  await proxy.close()
  await fixture.close()
})
afterEach(() => {
  expect(proxy.guard.attempts.every((attempt) => attempt.startsWith('127.0.0.1:'))).toBe(true)
})

const at = (name: string, path: string) => `http://${name}.test:${fixture.port}${path}`

describe('GET /api/feed', () => {
  it('serves a feed in the envelope with strict headers, then from the cache (S20)', async () => {
    const first = await proxy.feed(at('cache', '/set-cookie'))
    expect(first.status).toBe(200)
    expect(first.json()).toEqual({
      url: at('cache', '/set-cookie'),
      finalUrl: at('cache', '/set-cookie'),
      contentType: 'application/rss+xml',
      fetchedAt: new Date(clock).toISOString(),
      stale: false,
      ageSeconds: 0,
      body: RSS_FEED,
    })
    expect(first.headers).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'content-disposition': 'attachment',
      'cache-control': 'no-store',
      'x-cache': 'MISS',
    })
    for (const header of [
      'set-cookie',
      'access-control-allow-origin',
      'location',
      'x-powered-by',
    ]) {
      expect(first.headers).not.toHaveProperty(header)
    }
    clock += 30_000
    const second = await proxy.feed(at('cache', '/set-cookie'))
    expect(second.headers['x-cache']).toBe('HIT')
    expect(second.json()).toMatchObject({ ageSeconds: 30, stale: false, body: RSS_FEED })
    expect(fixture.hits('/set-cookie')).toBe(1)
  })

  it('revalidates an old copy with If-None-Match and keeps the body on 304 (L9)', async () => {
    fixture.state.etagVersion = 1
    const first = await proxy.feed(at('reval', '/etag'))
    expect(first.json().body).toContain('Vendor status v1')
    clock += 61_000
    const second = await proxy.feed(at('reval', '/etag'))
    expect(second.headers['x-cache']).toBe('REVALIDATED')
    expect(second.json()).toMatchObject({ fetchedAt: new Date(clock).toISOString(), ageSeconds: 0 })
    expect(second.json().body).toContain('Vendor status v1')
    fixture.state.etagVersion = 2
    clock += 61_000
    const third = await proxy.feed(at('reval', '/etag'))
    expect(third.headers['x-cache']).toBe('MISS')
    expect(third.json().body).toContain('Vendor status v2')
    expect(fixture.hits('/etag')).toBe(3)
  })

  it('serves the last good body marked stale when the upstream fails, for a bounded time (L10)', async () => {
    fixture.state.etagVersion = 7
    await proxy.feed(at('stale', '/etag?s'))
    fixture.state.failStatus = 500
    try {
      clock += 120_000
      const stale = await proxy.feed(at('stale', '/etag?s'))
      expect(stale.status).toBe(200)
      expect(stale.headers['x-cache']).toBe('STALE')
      expect(stale.json()).toMatchObject({ stale: true, ageSeconds: 120 })
      expect(stale.json().body).toContain('Vendor status v7')
      clock += 3_600_000
      const expired = await proxy.feed(at('stale', '/etag?s'))
      expect(expired.status).toBe(502)
      expect(expired.json()).toEqual({
        error: { kind: 'upstream_status', message: expect.any(String) },
      })
    } finally {
      fixture.state.failStatus = 0
    }
  })

  it('sends one upstream request for 50 concurrent requests of a cold URL (L12)', async () => {
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => proxy.feed(at('single', '/slow?ms=150'))),
    )
    expect(fixture.hits('/slow')).toBe(1)
    expect(new Set(responses.map((response) => response.json().body)).size).toBe(1)
    expect(responses.every((response) => response.status === 200)).toBe(true)
  })

  it("honours an upstream's 503 Retry-After: no contact for that host, stale copy meanwhile (L15)", async () => {
    fixture.state.etagVersion = 9
    await proxy.feed(at('pause', '/etag?p'))
    const hitsBefore = fixture.hits('/etag')
    fixture.state.failStatus = 503
    fixture.state.retryAfter = '120'
    try {
      clock += 61_000
      const responses = []
      for (let round = 0; round < 10; round += 1)
        responses.push(await proxy.feed(at('pause', '/etag?p')))
      expect(fixture.hits('/etag') - hitsBefore).toBe(1)
      expect(responses.every((response) => response.headers['x-cache'] === 'STALE')).toBe(true)
      const uncached = await proxy.feed(at('pause', '/feed.xml'))
      expect(uncached.status).toBe(502)
      expect(Number(uncached.headers['retry-after'])).toBeGreaterThan(100)
      expect(fixture.hits('/feed.xml')).toBe(0)
    } finally {
      fixture.state.failStatus = 0
      fixture.state.retryAfter = ''
    }
  })

  it('keeps at most 2 requests open per upstream host without holding up other hosts (L13)', async () => {
    const slow = Array.from({ length: 6 }, (_, index) =>
      proxy.feed(at('slow', `/slow?ms=150&i=${index}`)),
    )
    await new Promise((resolve) => setTimeout(resolve, 20))
    const startedAt = Date.now()
    const fast = await proxy.feed(at('fast', '/feed.xml'))
    expect(fast.status).toBe(200)
    expect(Date.now() - startedAt).toBeLessThan(150)
    await Promise.all(slow)
    expect(fixture.maxConcurrent(`slow.test:${fixture.port}`)).toBe(2)
  })

  it('compresses the envelope with brotli when the client accepts it', async () => {
    const response = await proxy.get(`/api/feed?url=${encodeURIComponent(at('zip', '/big'))}`, {
      ...APP_HEADERS,
      'accept-encoding': 'br',
    })
    expect(response.headers['content-encoding']).toBe('br')
    const envelope = JSON.parse(brotliDecompressSync(response.raw).toString('utf8'))
    expect(envelope.body).toContain('<item><title>x</title></item>')
    expect(response.raw.length).toBeLessThan(envelope.body.length / 4)
  })
})

describe('client rate limit', () => {
  it('answers 429 with Retry-After past the budget, but still serves fresh cached feeds (L14)', async () => {
    const limited = await startProxy({
      fetch: { allowHosts: [`127.0.0.1:${fixture.port}`] },
      rateLimit: { capacity: 3, refillPerMinute: 6 },
    })
    try {
      const statuses = []
      for (let index = 0; index < 5; index += 1) {
        statuses.push((await limited.feed(fixture.url(`/feed.xml?r=${index}`))).status)
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429])
      const refused = await limited.feed(fixture.url('/feed.xml?r=9'))
      expect(refused.json().error.kind).toBe('rate_limited')
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1)
      expect((await limited.feed(fixture.url('/feed.xml?r=0'))).headers['x-cache']).toBe('HIT')
    } finally {
      await limited.close()
    }
  })
})
