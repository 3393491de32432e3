import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_FETCH_POLICY, type FetchPolicy } from './config'
import { ProxyError } from './errors'
import { safeFetch } from './safe-fetch'
import { startFixture, type Fixture } from './test-support/fixture-upstream'
import {
  createConnectGuard,
  mapResolver,
  startCanary,
  watchSockets,
} from './test-support/network-guards'
import { TEST_LIMITS } from './test-support/test-proxy'

let fixture: Fixture
let canary: Awaited<ReturnType<typeof startCanary>>
beforeAll(async () => {
  fixture = await startFixture()
  canary = await startCanary()
  await attempt('http://10.9.9.9/') // warm-up: the < 50 ms bound is about the check, not module loading
})
afterAll(async () => {
  await fixture.close()
  await canary.close()
})

/** Runs one fetch and reports its refusal, how many sockets opened and what the guard saw. */
async function attempt(url: string, overrides: Partial<FetchPolicy> = {}) {
  const guard = createConnectGuard()
  const sockets = watchSockets()
  const policy: FetchPolicy = {
    ...DEFAULT_FETCH_POLICY,
    ...TEST_LIMITS,
    allowedPorts: [80, 443, canary.port],
    beforeConnect: guard.beforeConnect,
    ...overrides,
  }
  const startedAt = Date.now()
  try {
    await safeFetch(url, policy)
    return { kind: 'ok', status: 200, sockets: sockets.count(), attempts: guard.attempts, ms: 0 }
  } catch (error) {
    // The guard's own refusal: the fetch got as far as dialing a non-loopback address.
    if (String(error).includes('test tried to connect')) {
      return {
        kind: 'dialed',
        status: 0,
        sockets: sockets.count(),
        attempts: guard.attempts,
        ms: 0,
      }
    }
    if (!(error instanceof ProxyError)) throw error
    const { kind, status, message } = error
    return {
      kind,
      status,
      message,
      sockets: sockets.count(),
      attempts: guard.attempts,
      ms: Date.now() - startedAt,
    }
  } finally {
    sockets.stop()
  }
}

describe('addresses are checked at connect time, before any socket opens', () => {
  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://[::ffff:169.254.169.254]/',
    'http://[fd00:ec2::254]/',
    'http://[fe80::1]/',
    'http://0xA9FEA9FE/',
    'http://0251.0376.0251.0376/',
    'http://10.0.0.1/',
    'http://172.16.0.1/',
    'http://192.168.1.1/',
    'http://100.64.0.1/',
    'http://100.127.255.254/',
    'http://192.0.0.8/',
    'http://198.18.0.1/',
    'http://224.0.0.1/',
    'http://255.255.255.255/',
    'http://[fc00::1]/',
    'http://[64:ff9b::7f00:1]/',
    'http://[2002:7f00:1::]/',
    'http://[::127.0.0.1]/',
    'http://[::7f00:1]/',
    'http://[::a9fe:a9fe]/',
    'http://[::ffff:0:a9fe:a9fe]/',
    'http://[64:ff9b::808:808]/',
    'http://[2002:808:808::]/',
    'http://[2001::f7f7:f7f7]/',
    'http://[fec0::1]/',
    'http://192.31.196.1/',
    'http://192.52.193.1/',
    'http://192.175.48.1/',
    'http://192.88.99.1/',
    'http://203.0.113.1/',
  ])('refuses the literal %s with no connection attempt (S5, S6)', async (url) => {
    const result = await attempt(url)
    expect(result).toMatchObject({ kind: 'blocked_address', status: 403, sockets: 0, attempts: [] })
    expect(result.ms).toBeLessThan(50)
  })

  it.each([
    ['evil.test', ['127.0.0.1']],
    ['metadata.test', ['169.254.169.254']],
    ['intranet.test', ['10.0.0.1']],
    ['cgnat.test', ['100.64.0.1']],
    ['ula.test', ['fd00:ec2::254']],
    ['mapped.test', ['::ffff:127.0.0.1']],
    ['compatible.test', ['::7f00:1']],
    ['nat64.test', ['64:ff9b::a9fe:a9fe']],
    ['teredo.test', ['2001::80ff:fffe']],
    ['scoped.test', ['fe80::1%eth0']],
    ['mixed.test', ['93.184.216.34', '127.0.0.1']],
    ['none.test', []],
  ])(
    'refuses %s resolving to %j: every answer must be public, none fails closed (S8, S9, S11)',
    async (name, answers) => {
      const dns = mapResolver({ [name]: answers })
      const result = await attempt(`http://${name}:${canary.port}/`, { resolve: dns.resolve })
      expect(result).toMatchObject({
        kind: 'blocked_address',
        status: 403,
        sockets: 0,
        attempts: [],
      })
      expect(JSON.stringify(result)).not.toMatch(/127\.0\.0\.1|169\.254|10\.0\.0\.1|fd00/)
      expect(canary.connections()).toBe(0)
    },
  )

  it('reports an unknown name as upstream_dns after exactly one lookup (S11)', async () => {
    const dns = mapResolver({})
    const result = await attempt('http://x.invalid/', { resolve: dns.resolve })
    expect(result).toMatchObject({ kind: 'upstream_dns', status: 502, sockets: 0 })
    expect(dns.calls('x.invalid')).toBe(1)
  })

  it('dials exactly the address it checked, with one lookup per connection', async () => {
    const dns = mapResolver({
      'vendor.test': ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'],
    })
    const result = await attempt('http://vendor.test/feed.xml', { resolve: dns.resolve })
    // The guard refuses non-loopback sockets in tests; what matters is which address reached it.
    expect(result).toMatchObject({ kind: 'dialed', attempts: ['93.184.216.34:80'], sockets: 0 })
    expect(dns.calls('vendor.test')).toBe(1)
  })

  it('never reaches the canary when a name rebinds from public to loopback (S10)', async () => {
    let lookups = 0
    const dns = mapResolver({
      'rebind.test': () => (lookups++ === 0 ? ['93.184.216.34'] : ['127.0.0.1']),
    })
    const kinds: string[] = []
    for (let round = 0; round < 5; round += 1) {
      const result = await attempt(`http://rebind.test:${canary.port}/?n=${round}`, {
        resolve: dns.resolve,
      })
      kinds.push(result.kind)
      expect(result.attempts.every((address) => address.startsWith('93.184.216.34'))).toBe(true)
    }
    expect(kinds).toEqual(['dialed', ...Array(4).fill('blocked_address')])
    expect(canary.connections()).toBe(0)
  })

  it('connects an allow-listed name to its address with the original Host header', async () => {
    const dns = mapResolver({ 'vendor.test': ['127.0.0.1'] })
    const result = await safeFetch(`http://vendor.test:${fixture.port}/echo-headers`, {
      ...DEFAULT_FETCH_POLICY,
      ...TEST_LIMITS,
      allowHosts: [`vendor.test:${fixture.port}`],
      resolve: dns.resolve,
      beforeConnect: createConnectGuard().beforeConnect,
    })
    expect(result.status === 'ok' && JSON.parse(result.body).host).toBe(
      `vendor.test:${fixture.port}`,
    )
  })

  it('refuses the proxy itself even when allow-listed (S23)', async () => {
    const result = await attempt(`http://127.0.0.1:${fixture.port}/feed.xml`, {
      allowHosts: [`127.0.0.1:${fixture.port}`],
      selfPorts: () => [fixture.port],
    })
    expect(result).toMatchObject({ kind: 'blocked_address', sockets: 0 })
    expect(fixture.hits('/feed.xml')).toBe(0)
  })
})
