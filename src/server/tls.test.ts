import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_FETCH_POLICY, type FetchPolicy } from './config'
import { ProxyError } from './errors'
import { safeFetch } from './safe-fetch'
import { RSS_FEED } from './test-support/fixture-upstream'
import { createConnectGuard, mapResolver } from './test-support/network-guards'
import { TEST_LIMITS } from './test-support/test-proxy'
import { VENDOR_TEST_CERT, VENDOR_TEST_KEY } from './test-support/tls-fixture'

let server: Server
let port: number
const seenServerNames: (string | false | null)[] = []

beforeAll(async () => {
  server = createServer({ cert: VENDOR_TEST_CERT, key: VENDOR_TEST_KEY }, (req, res) => {
    if (req.url?.startsWith('/downgrade'))
      return void res
        .writeHead(302, { Location: decodeURIComponent(req.url.slice('/downgrade?to='.length)) })
        .end()
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(RSS_FEED)
  })
  server.on('secureConnection', (socket) => seenServerNames.push(socket.servername))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

function policy(): FetchPolicy {
  return {
    ...DEFAULT_FETCH_POLICY,
    ...TEST_LIMITS,
    allowHosts: [`vendor.test:${port}`, `other.test:${port}`],
    resolve: mapResolver({ 'vendor.test': ['127.0.0.1'], 'other.test': ['127.0.0.1'] }).resolve,
    tlsCa: VENDOR_TEST_CERT,
    beforeConnect: createConnectGuard().beforeConnect,
  }
}

describe('https upstreams', () => {
  it('dials the checked address but sends SNI and checks the certificate for the typed name', async () => {
    const result = await safeFetch(`https://vendor.test:${port}/history.rss`, policy())
    expect(result.status === 'ok' && result.body).toBe(RSS_FEED)
    expect(seenServerNames.at(-1)).toBe('vendor.test')
  })

  it('refuses a certificate that does not name the host', async () => {
    const error = await safeFetch(`https://other.test:${port}/history.rss`, policy()).catch(
      (caught) => caught,
    )
    expect(error).toBeInstanceOf(ProxyError)
    expect(error.kind).toBe('upstream_error')
  })

  it('refuses a redirect from https down to http', async () => {
    const to = encodeURIComponent(`http://vendor.test:${port}/feed.xml`)
    const error = await safeFetch(`https://vendor.test:${port}/downgrade?to=${to}`, policy()).catch(
      (caught) => caught,
    )
    expect(error).toMatchObject({ kind: 'blocked_scheme', status: 502 })
  })
})
