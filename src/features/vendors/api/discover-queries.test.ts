import { describe, expect, it } from 'vitest'
import { FeedLoadError } from '../../workspace/loading/load-error'
import { discoverQueries, fetchDiscovery } from './discover-queries'

const answer =
  (status: number, body: unknown) => async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init })
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })
  }
let calls: { url: string; init?: RequestInit }[] = []

describe('feed discovery through the proxy', () => {
  it('asks /api/discover with the app header and returns the candidates best first', async () => {
    calls = []
    const body = {
      site: 'https://status.acme.com/',
      candidates: [
        { url: 'https://status.acme.com/history.atom', format: 'statuspage-atom', title: 'Acme' },
        { url: 'https://status.acme.com/api/v2/summary.json', format: 'statuspage-json' },
      ],
    }
    const result = await fetchDiscovery('status.acme.com', undefined, answer(200, body))
    expect(result).toEqual(body)
    expect(calls[0]?.url).toBe('/api/discover?site=status.acme.com')
    expect(new Headers(calls[0]?.init?.headers).get('X-Requested-With')).toBe('vendor-reliability')
  })

  it("turns the proxy's error into a FeedLoadError with its kind and message", async () => {
    const failure = { error: { kind: 'upstream_status', message: 'The status page answered 500.' } }
    const error = await fetchDiscovery('x', undefined, answer(502, failure)).catch((e) => e)
    expect(error).toBeInstanceOf(FeedLoadError)
    expect([error.kind, error.message, error.status]).toEqual([
      'upstream',
      'The status page answered 500.',
      502,
    ])
  })

  it('refuses answers it cannot read and reports an unreachable proxy', async () => {
    const odd = await fetchDiscovery('x', undefined, answer(200, { site: 1 })).catch((e) => e)
    expect(odd.kind).toBe('network')
    const unknown = await fetchDiscovery('x', undefined, answer(500, 'oops')).catch((e) => e)
    expect(unknown.message).toBe('The proxy answered 500.')
    const offline = await fetchDiscovery('x', undefined, async () => {
      throw new TypeError('fetch failed')
    }).catch((e) => e)
    expect(offline.message).toMatch(/could not be reached/)
  })

  it('keys each site under one prefix and does not retry', () => {
    const options = discoverQueries.site('status.acme.com')
    expect(options.queryKey).toEqual(['discover', 'status.acme.com'])
    expect(options.retry).toBe(false)
  })
})
