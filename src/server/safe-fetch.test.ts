import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_FETCH_POLICY, type FetchPolicy } from './config'
import { ProxyError } from './errors'
import { fetchFeedText, safeFetch } from './safe-fetch'
import { parseRetryAfter } from './upstream-status'
import { startFixture, type Fixture } from './test-support/fixture-upstream'
import { createConnectGuard, mapResolver, startCanary } from './test-support/network-guards'
import { TEST_LIMITS } from './test-support/test-proxy'

let fixture: Fixture
let canary: Awaited<ReturnType<typeof startCanary>>

beforeAll(async () => {
  fixture = await startFixture()
  canary = await startCanary()
})
afterAll(async () => {
  await fixture.close()
  await canary.close()
})
afterEach(() => {
  expect(canary.connections()).toBe(0) // no test in this file may ever reach the canary
})

function policyFor(overrides: Partial<FetchPolicy> = {}) {
  const guard = createConnectGuard()
  const policy: FetchPolicy = {
    ...DEFAULT_FETCH_POLICY,
    ...TEST_LIMITS,
    allowHosts: [`127.0.0.1:${fixture.port}`, `vendor.test:${fixture.port}`],
    resolve: mapResolver({}).resolve,
    beforeConnect: guard.beforeConnect,
    ...overrides,
  }
  return { policy, guard }
}

async function failure(url: string, overrides: Partial<FetchPolicy> = {}) {
  const { policy } = policyFor(overrides)
  const startedAt = Date.now()
  const error = await safeFetch(url, policy).then(
    () => new Error(`${url} succeeded`),
    (caught: unknown) => caught,
  )
  if (!(error instanceof ProxyError)) throw error
  return { kind: error.kind, status: error.status, ms: Date.now() - startedAt, error }
}

describe('safeFetch on the fixture', () => {
  it('fetches a feed as text with its type and final URL', async () => {
    const result = await fetchFeedText(fixture.url('/feed.xml'), policyFor().policy)
    expect(result.body).toContain('<rss')
    expect(result.contentType).toBe('application/rss+xml; charset=utf-8')
    expect(result.finalUrl).toBe(fixture.url('/feed.xml'))
  })

  it('follows up to 3 redirects by hand and reports where it ended (security.md §2.3)', async () => {
    const result = await fetchFeedText(fixture.url('/chain?n=2'), policyFor().policy)
    expect(result.finalUrl).toBe(fixture.url('/feed.xml'))
  })

  it('stops a fourth redirect and a redirect loop with too_many_redirects', async () => {
    expect(await failure(fixture.url('/chain?n=3'))).toMatchObject({
      kind: 'too_many_redirects',
      status: 502,
    })
    const loop = await failure(fixture.url('/loop'))
    expect(loop.kind).toBe('too_many_redirects')
    expect(fixture.hits('/loop')).toBe(4)
  })

  it.each([
    (port: number) => `http://127.0.0.1:${port}/`,
    (port: number) => `http://[::ffff:7f00:1]:${port}/`,
    (port: number) => `http://2130706433:${port}/`,
    () => 'http://169.254.169.254/latest/meta-data/',
  ])('refuses a redirect to a loopback or metadata address (%#, S12/S13)', async (target) => {
    const result = await failure(
      fixture.url(`/redirect?to=${encodeURIComponent(target(canary.port))}`),
    )
    expect(result).toMatchObject({ kind: expect.stringMatching(/^blocked_(address|port)$/) })
  })

  it('refuses a redirect to a reserved name before resolving it', async () => {
    const dns = mapResolver({ localhost: ['127.0.0.1'] })
    const target = encodeURIComponent(`http://localhost:${canary.port}/`)
    const result = await failure(fixture.url(`/redirect?to=${target}`), { resolve: dns.resolve })
    expect(result.kind).toMatch(/^blocked_(host|port)$/)
    expect(dns.total()).toBe(0)
  })

  it.each([
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'gopher://127.0.0.1:70/_x',
    'ftp://127.0.0.1/',
  ])('answers a redirect to %s with 502 blocked_scheme (S14)', async (target) => {
    const result = await failure(fixture.url(`/redirect?to=${encodeURIComponent(target)}`))
    expect(result).toMatchObject({ kind: 'blocked_scheme', status: 502 })
  })

  it('cuts slow headers at the headers budget (L1)', async () => {
    const result = await failure(fixture.url('/slow-headers'))
    expect(result).toMatchObject({ kind: 'timeout', status: 504 })
    expect(result.ms).toBeGreaterThanOrEqual(280)
    expect(result.ms).toBeLessThan(700)
  })

  it('cuts a dripping body at the whole-response budget, not per chunk (L2)', async () => {
    const result = await failure(fixture.url('/drip'))
    expect(result.kind).toBe('timeout')
    expect(result.ms).toBeGreaterThanOrEqual(780)
    expect(result.ms).toBeLessThan(1500)
  })

  it('refuses a declared 1 GiB body before reading it (L3)', async () => {
    const result = await failure(fixture.url('/huge'))
    expect(result).toMatchObject({ kind: 'too_large', status: 502 })
    expect(result.ms).toBeLessThan(200)
  })

  it('cuts an endless body at the limit (L4)', async () => {
    const result = await failure(fixture.url('/infinite'), { maxBodyBytes: 1024 * 1024 })
    expect(result.kind).toBe('too_large')
  })

  it('cuts a gzip bomb at 5 MiB decoded, though its wire size is far below (L5)', async () => {
    const before = process.memoryUsage().rss
    const result = await failure(fixture.url('/gzip-bomb'))
    expect(result.kind).toBe('too_large')
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024)
  })

  it('reads five content codings and refuses six; a corrupt gzip is bad_encoding (L6)', async () => {
    const five = await fetchFeedText(fixture.url('/gzip-chain?n=5'), policyFor().policy)
    expect(five.body).toContain('<rss')
    expect(await failure(fixture.url('/gzip-chain?n=6'))).toMatchObject({
      kind: 'bad_encoding',
      status: 502,
    })
    expect((await failure(fixture.url('/bad-gzip'))).kind).toBe('bad_encoding')
  })

  it.each(['image/png', 'application/octet-stream', 'text/html', 'application/javascript'])(
    'refuses the content type %s with 415 (L7)',
    async (type) => {
      const result = await failure(fixture.url(`/type?t=${encodeURIComponent(type)}`))
      expect(result).toMatchObject({ kind: 'bad_content_type', status: 415 })
    },
  )

  it('refuses an untyped binary body and accepts an untyped or text/plain feed', async () => {
    expect((await failure(fixture.url('/type?binary=1'))).kind).toBe('bad_content_type')
    expect((await failure(fixture.url('/type?t=text/plain&binary=1'))).kind).toBe(
      'bad_content_type',
    )
    const { policy } = policyFor()
    expect((await fetchFeedText(fixture.url('/type'), policy)).body).toContain('<rss')
    expect((await fetchFeedText(fixture.url('/type?t=text/plain'), policy)).body).toContain('<rss')
  })

  it('decodes ISO-8859-1 from the header charset or else the XML declaration (X11)', async () => {
    const { policy } = policyFor()
    expect((await fetchFeedText(fixture.url('/latin1?header=1'), policy)).body).toContain('Café')
    expect((await fetchFeedText(fixture.url('/latin1'), policy)).body).toContain('Café')
  })

  it('sends only its own headers: fixed User-Agent, the loop marker, no forwarding headers (S21)', async () => {
    const { body } = await fetchFeedText(
      fixture.url('/echo-headers'),
      policyFor({ loopToken: 'token-123' }).policy,
    )
    const seen = JSON.parse(body) as Record<string, string>
    expect(seen['user-agent']).toBe(DEFAULT_FETCH_POLICY.userAgent)
    expect(seen.via).toBe('1.1 token-123')
    expect(seen.host).toBe(`127.0.0.1:${fixture.port}`)
    for (const name of ['cookie', 'authorization', 'x-forwarded-for', 'forwarded', 'referer']) {
      expect(seen).not.toHaveProperty(name)
    }
  })

  it('maps upstream errors to 502 upstream_status and reads Retry-After on 429', async () => {
    expect(await failure(fixture.url('/status?code=404'))).toMatchObject({
      kind: 'upstream_status',
      status: 502,
    })
    fixture.state.retryAfter = '120'
    const limited = await failure(fixture.url('/status?code=429'))
    fixture.state.retryAfter = ''
    expect(limited.error.retryAfterSeconds).toBe(120)
  })
})

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120')).toBe(120)
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.UTC(2015, 9, 21, 7, 27, 0))).toBe(
      60,
    )
    expect(parseRetryAfter('soon')).toBeUndefined()
    expect(parseRetryAfter(undefined)).toBeUndefined()
  })
})
