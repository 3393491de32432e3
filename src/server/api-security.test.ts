import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFixture, type Fixture } from './test-support/fixture-upstream'
import {
  APP_HEADERS,
  get,
  mapResolver,
  startCanary,
  watchSockets,
} from './test-support/network-guards'
import { startProxy } from './test-support/test-proxy'

let fixture: Fixture
let canary: Awaited<ReturnType<typeof startCanary>>
let proxy: Awaited<ReturnType<typeof startProxy>>
let closedPort: number
const logLines: Record<string, unknown>[] = []
const allowedPorts = [80, 443]

async function unusedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

beforeAll(async () => {
  fixture = await startFixture()
  canary = await startCanary()
  closedPort = await unusedPort()
  // security.md §2.1: the test config adds the canary ports, so the address rule is what refuses.
  allowedPorts.push(canary.port, closedPort)
  proxy = await startProxy({
    log: (entry) => logLines.push(entry),
    fetch: {
      allowHosts: [`127.0.0.1:${fixture.port}`],
      allowedPorts,
      resolve: mapResolver({ 'evil.test': ['127.0.0.1'] }).resolve,
    },
  })
  allowedPorts.push(proxy.port) // as if the proxy listened on 80: only the self-loop rule is left
})
afterAll(async () => {
  await proxy.close()
  await canary.close()
  await fixture.close()
})
afterEach(() => {
  expect(canary.connections()).toBe(0)
  expect(proxy.guard.attempts.every((attempt) => attempt === `127.0.0.1:${fixture.port}`)).toBe(
    true,
  )
})

const LOOPBACK_SPELLINGS = [
  'http://127.0.0.1:PORT/',
  'http://2130706433:PORT/',
  'http://0x7f.1:PORT/',
  'http://0x7f.0x0.0x0.0x1:PORT/',
  'http://0177.0.0.1:PORT/',
  'http://017700000001:PORT/',
  'http://127.1:PORT/',
  'http://127.0.1:PORT/',
  'http://127.0.0.1.:PORT/',
  'http://１２７.０.０.１:PORT/',
  'http://①②⑦.⓪.⓪.①:PORT/',
  'http://0:PORT/',
  'http://0.0.0.0:PORT/',
  'http://[::]:PORT/',
  'http://[::1]:PORT/',
  'http://[0:0:0:0:0:0:0:1]:PORT/',
  'http://[::ffff:127.0.0.1]:PORT/',
  'http://[::ffff:7f00:1]:PORT/',
  'http://[0:0:0:0:0:ffff:127.0.0.1]:PORT/',
  'http://[64:ff9b::7f00:1]:PORT/',
  'http://[::127.0.0.1]:PORT/',
  'http://[::7f00:1]:PORT/',
  'http://[2002:7f00:1::]:PORT/',
  'http://[::ffff:0:7f00:1]:PORT/',
  'http://[2001::80ff:fffe]:PORT/',
  'http://[64:ff9b:1:7f00:0:100::]:PORT/',
  'http://127.0.0.1\\@vendor.test:PORT/',
  'http://evil.test:PORT/',
]

describe('SSRF through /api/feed', () => {
  it.each(LOOPBACK_SPELLINGS)(
    'refuses %s with 403 blocked_address; the canary is never reached (S1-S4, S8)',
    async (spelling) => {
      const response = await proxy.feed(spelling.replace('PORT', String(canary.port)))
      expect(response.status).toBe(403)
      expect(response.json().error.kind).toBe('blocked_address')
    },
  )

  it('refuses every IPv4-in-IPv6 loopback with 403 before a socket opens (issue 16)', async () => {
    const targets = ['[::127.0.0.1]', '[::7f00:1]', '[64:ff9b::7f00:1]', '[2002:7f00:1::]']
    const attemptsBefore = proxy.guard.attempts.length
    const sockets = watchSockets()
    const statuses: string[] = []
    for (const target of targets) {
      const response = await proxy.feed(`http://${target}:${canary.port}/`)
      statuses.push(`${response.status} ${response.json().error.kind}`)
    }
    sockets.stop()
    expect(statuses).toEqual(Array(targets.length).fill('403 blocked_address'))
    expect(proxy.guard.attempts.length).toBe(attemptsBefore)
    expect(sockets.count()).toBe(targets.length) // the test's own requests to the proxy, nothing more
  })

  it.each([
    'file:///etc/passwd',
    'data:application/xml,<rss/>',
    'gopher://127.0.0.1:70/_x',
    'ftp://127.0.0.1/',
    'javascript:alert(1)',
  ])('refuses the scheme of %s with 400 blocked_scheme (S16)', async (url) => {
    const response = await proxy.feed(url)
    expect(response.status).toBe(400)
    expect(response.json().error.kind).toBe('blocked_scheme')
  })

  it.each(['http://localhost:PORT/', 'http://LOCALHOST.:PORT/', 'http://foo.localhost:PORT/'])(
    'refuses the name %s with blocked_host before any lookup (S7)',
    async (spelling) => {
      const response = await proxy.feed(spelling.replace('PORT', String(canary.port)))
      expect(response.status).toBe(403)
      expect(response.json().error.kind).toBe('blocked_host')
    },
  )

  it('refuses a redirect from the fixture to the canary (S12)', async () => {
    const to = encodeURIComponent(`http://127.0.0.1:${canary.port}/`)
    const response = await proxy.feed(fixture.url(`/redirect?to=${to}`))
    expect(response.json().error.kind).toBe('blocked_address')
  })

  it('answers blocked targets identically whether the port is open or closed: no scan oracle (S22)', async () => {
    const timed = async (port: number) => {
      const startedAt = performance.now()
      const response = await proxy.feed(`http://127.0.0.1:${port}/`)
      return { response, ms: performance.now() - startedAt }
    }
    // Median of alternating pairs: one pair is at the mercy of a shared machine's scheduler.
    const gaps: number[] = []
    for (let pair = 0; pair < 5; pair++) {
      const { response: open, ms: openMs } = await timed(canary.port)
      const { response: closed, ms: closedMs } = await timed(closedPort)
      expect(closed.status).toBe(open.status)
      expect(closed.text).toBe(open.text)
      expect(open.text).not.toMatch(/127\.0\.0\.1|\bat \w|Error:/)
      gaps.push(openMs - closedMs)
    }
    gaps.sort((a, b) => a - b)
    expect(Math.abs(gaps[2] ?? Infinity)).toBeLessThan(20)
  })

  it('refuses its own address and port, and never receives the nested request (S23)', async () => {
    const nested = `http://127.0.0.1:${proxy.port}/api/feed?url=${encodeURIComponent(fixture.url('/feed.xml'))}`
    logLines.length = 0
    const response = await proxy.feed(nested)
    expect(response.status).toBe(403)
    expect(logLines.filter((line) => line.path === '/api/feed')).toHaveLength(1)
    expect((await proxy.feed(`http://localhost:${proxy.port}/`)).status).toBe(403)
  })

  it('refuses a request that carries its own loop marker', async () => {
    const response = await proxy.get(
      `/api/feed?url=${encodeURIComponent(fixture.url('/feed.xml'))}`,
      {
        ...APP_HEADERS,
        via: `1.1 ${proxy.app.config.fetch.loopToken}`,
      },
    )
    expect(response.status).toBe(403)
  })
})

describe('same-origin callers only (S19)', () => {
  const target = () => fixture.url('/feed.xml?origin')

  it.each([
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site', ...APP_HEADERS }],
    ['a same-site fetch', { 'sec-fetch-site': 'same-site' }],
    ['a typed-in navigation', { 'sec-fetch-site': 'none' }],
    ['a foreign Origin', { origin: 'http://evil.test', ...APP_HEADERS }],
    ['no marker at all', {}],
  ])('refuses %s with 403 forbidden_origin and no CORS header', async (_label, headers) => {
    const response = await proxy.feed(target(), headers as Record<string, string>)
    expect(response.status).toBe(403)
    expect(response.json().error.kind).toBe('forbidden_origin')
    expect(response.headers).not.toHaveProperty('access-control-allow-origin')
  })

  it.each([
    ['another scheme', (port: number) => `https://127.0.0.1:${port}`],
    ['another port', (port: number) => `http://127.0.0.1:${port + 1}`],
    ['the default port', () => 'http://127.0.0.1'],
    ['another name for the same host', (port: number) => `http://localhost:${port}`],
    ['a host that only starts the same', (port: number) => `http://127.0.0.1:${port}.evil.test`],
    ['an opaque origin', () => 'null'],
    ['a file origin', () => 'file://'],
  ])('refuses an Origin with %s: scheme, host and port must all match', async (_label, origin) => {
    const response = await proxy.feed('not a url', { ...APP_HEADERS, origin: origin(proxy.port) })
    expect(response.status).toBe(403)
    expect(response.json().error.kind).toBe('forbidden_origin')
  })

  it('lets its own origin, in any case, past the caller check', async () => {
    for (const origin of [`http://127.0.0.1:${proxy.port}`, `HTTP://127.0.0.1:${proxy.port}/`]) {
      const response = await proxy.feed('not a url', { ...APP_HEADERS, origin })
      expect(response.json().error.kind).toBe('bad_url')
    }
  })

  it('accepts a configured public origin (a TLS terminator in front) and no other', async () => {
    const behindTls = await startProxy({ publicOrigins: ['https://status.example.com'] })
    try {
      const kindFor = async (origin: string) =>
        (await behindTls.feed('not a url', { ...APP_HEADERS, origin })).json().error.kind
      expect(await kindFor('https://status.example.com')).toBe('bad_url')
      expect(await kindFor('http://status.example.com')).toBe('forbidden_origin')
      expect(await kindFor('https://status.example.com:8443')).toBe('forbidden_origin')
    } finally {
      await behindTls.close()
    }
  })

  it('accepts Sec-Fetch-Site: same-origin and the app header', async () => {
    expect((await proxy.feed(target(), { 'sec-fetch-site': 'same-origin' })).status).toBe(200)
    expect(
      (await proxy.feed(target(), { ...APP_HEADERS, origin: `http://127.0.0.1:${proxy.port}` }))
        .status,
    ).toBe(200)
  })
})

describe('header hygiene (S21)', () => {
  it("forwards none of the browser's cookies or credentials", async () => {
    const response = await proxy.feed(fixture.url('/echo-headers'), {
      ...APP_HEADERS,
      cookie: 's=1',
      authorization: 'Bearer x',
      'x-forwarded-for': '10.0.0.7',
    })
    const seen = JSON.parse(response.json().body) as Record<string, string>
    expect(Object.keys(seen).sort()).toEqual([
      'accept',
      'accept-encoding',
      'connection',
      'host',
      'user-agent',
      'via',
    ])
  })
})

describe('errors map to statuses', () => {
  it.each([
    ['/slow-headers', 504, 'timeout'],
    ['/huge', 502, 'too_large'],
    ['/gzip-bomb', 502, 'too_large'],
    ['/html', 415, 'bad_content_type'],
    ['/status?code=500', 502, 'upstream_status'],
    ['/nowhere', 502, 'upstream_status'],
  ])('%s → %i %s', async (path, status, kind) => {
    const response = await proxy.feed(fixture.url(path))
    expect(response.status).toBe(status)
    expect(response.json()).toEqual({
      error: { kind, message: expect.stringMatching(/^[A-Z].+\.$/) },
    })
  })

  it('answers unknown API paths with 404 and other methods with 405', async () => {
    expect((await proxy.get('/api/nope')).status).toBe(404)
    const post = await get(`${proxy.base}/api/feed?url=x`, APP_HEADERS, 'POST')
    expect(post.status).toBe(405)
    expect(post.headers.allow).toBe('GET')
  })
})
