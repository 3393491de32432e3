import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_FETCH_POLICY, type FetchPolicy } from './config'
import { ProxyError } from './errors'
import { safeFetch } from './safe-fetch'
import { startFixture, type Fixture } from './test-support/fixture-upstream'
import { createConnectGuard, mapResolver, startCanary } from './test-support/network-guards'
import { startProxy, TEST_LIMITS } from './test-support/test-proxy'

/**
 * DNS rebinding at the resolver seam (issue 15): a name answers a public address first and
 * loopback next. The public answer is routed to the loopback fixture (no real DNS, no socket to a
 * non-loopback address); the loopback answer would reach the canary, which must stay untouched.
 */
const PUBLIC = '93.184.216.34'
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
  expect(canary.connections()).toBe(0)
})

/** A resolver whose answers change per lookup, and a router that records every checked address. */
function rebinding(answers: string[][]) {
  let lookups = 0
  const dns = mapResolver({
    'rebind.test': () => answers[Math.min(lookups++, answers.length - 1)] ?? [],
  })
  const dialled: string[] = []
  const guard = createConnectGuard()
  const policy: Partial<FetchPolicy> = {
    ...TEST_LIMITS,
    allowedPorts: [80, canary.port],
    resolve: dns.resolve,
    beforeConnect: guard.beforeConnect,
    route: (address, port) => {
      dialled.push(`${address}:${port}`)
      return address === PUBLIC ? { address: '127.0.0.1', port: fixture.port } : { address, port }
    },
  }
  return { policy, dns, dialled, guard }
}

const feedUrl = (path: string) => `http://rebind.test:${canary.port}${path}`

describe('a name that answers public first and loopback next', () => {
  it('is refused at the redirect hop that resolves to loopback, within one fetch', async () => {
    const { policy, dns, dialled, guard } = rebinding([[PUBLIC], ['127.0.0.1']])
    const error = await safeFetch(feedUrl('/redirect?to=/feed.xml'), {
      ...DEFAULT_FETCH_POLICY,
      ...policy,
    }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ProxyError)
    expect(error).toMatchObject({ kind: 'blocked_address', status: 403 })
    expect(dns.calls('rebind.test')).toBe(2)
    expect(dialled).toEqual([`${PUBLIC}:${canary.port}`])
    expect(guard.attempts).toEqual([`127.0.0.1:${fixture.port}`])
  })

  it('is dialled only at its public answer, one lookup per fetch, however it alternates', async () => {
    const answers = Array.from({ length: 8 }, (_, index) => [index % 2 ? '127.0.0.1' : PUBLIC])
    const { policy, dns, dialled } = rebinding(answers)
    const outcomes: string[] = []
    for (let round = 0; round < answers.length; round += 1) {
      const outcome = await safeFetch(feedUrl(`/feed.xml?n=${round}`), {
        ...DEFAULT_FETCH_POLICY,
        ...policy,
      }).then(
        (result) => result.status,
        (error: ProxyError) => error.kind,
      )
      outcomes.push(outcome)
    }
    expect(outcomes).toEqual(
      answers.map(([address]) => (address === PUBLIC ? 'ok' : 'blocked_address')),
    )
    expect(dns.calls('rebind.test')).toBe(answers.length)
    expect(new Set(dialled)).toEqual(new Set([`${PUBLIC}:${canary.port}`]))
  })

  it('is never dialled at loopback when the proxy revalidates its cached copy', async () => {
    const { policy, dns, dialled } = rebinding([[PUBLIC], ['127.0.0.1']])
    const proxy = await startProxy({ fetch: policy, cache: { freshMs: 0 } })
    try {
      const first = await proxy.feed(feedUrl('/etag'))
      expect(first.status).toBe(200)
      expect(first.json().body).toContain('Vendor status')
      const second = await proxy.feed(feedUrl('/etag'))
      // The refusal is an upstream failure for the cache: the last good copy, marked stale.
      expect(second.json()).toMatchObject({ stale: true })
      expect(second.text).not.toContain('canary')
      expect(dns.calls('rebind.test')).toBe(2)
      expect(dialled).toEqual([`${PUBLIC}:${canary.port}`])
    } finally {
      await proxy.close()
    }
  })
})
