import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Resolver } from './config'
import { mapResolver, watchSockets } from './test-support/network-guards'
import { startProxy } from './test-support/test-proxy'

/**
 * The blocked-URL corpus of y-mehta/ssrf-req-filter (test/fixtures/blockedUrls.js), which
 * security.md S6 asks every proxy change to pass, de-duplicated. Names are answered the way
 * their services answer them, so each one is decided on the address it would really reach.
 */
const BLOCKED_URLS = [
  'http://127.0.0.1:80',
  'http://127.0.0.1:443',
  'http://127.0.0.1:22',
  'http://0.0.0.0:80',
  'http://0.0.0.0:443',
  'http://0.0.0.0:22',
  'http://localhost:80',
  'http://localhost:443',
  'http://localhost:22',
  'http://[::]:80',
  'http://[::]:25/',
  'http://[::]:22/',
  'http://0000::1:80',
  'http://0000::1:25',
  'http://0000::1:22',
  'http://0000::1:3128',
  'http://localtest.me',
  'http://customer1.app.localhost.my.company.127.0.0.1.nip.io',
  'http://mail.ebc.apple.com',
  'http://spoofed.burpcollaborator.net',
  'http://127.127.127.127',
  'http://127.0.1.3',
  'http://127.0.0.0',
  'http://0177.0.0.1',
  'http://2130706433',
  'http://3232235521',
  'http://3232235777',
  'http://[0:0:0:0:0:ffff:127.0.0.1]',
  'http://0',
  'http://127.1',
  'http://127.0.1',
  'http://127.1.1.1:80@127.2.2.2:80',
  'http://127.1.1.1:80@@127.2.2.2:80',
  'http://127.1.1.1:80:@@127.2.2.2:80',
  'http://127.1.1.1:80#@127.2.2.2:80',
  'http://169.254.169.254',
  'http://169.254.169.254.xip.io',
  'http://1ynrnhl.xip.io',
  'http://www.owasp.org.1ynrnhl.xip.io',
  'http://425.510.425.510',
  'http://2852039166',
  'http://7147006462',
  'http://0xA9.0xFE.0xA9.0xFE',
  'http://0xA9FEA9FE',
  'http://0x41414141A9FEA9FE',
  'http://0251.0376.0251.0376',
  'http://0251.00376.000251.0000376',
  'http://169.254.169.254/latest/meta-data/hostname',
  'https://A.127.0.0.1.1time.10.0.0.1.1time.repeat.8f058b82-4c39-4dfe-91f7-9b07bcd7fbd5.rebind.network',
  'http://metadata.nicob.net',
  'http://localhost:+11211aaa',
  'http://localhost:00011211aaaa',
  'http://[fec0::1]',
  'http://[64:ff9b:1::1]',
  'http://[3fff::1]',
  'http://[5f00::1]',
  'http://100.64.0.1',
  'http://255.255.255.255',
  'http://224.0.0.1',
  'http://192.0.0.8',
  'http://[ff00::1]',
  'http://[fc00::1]',
  'http://[0100::1]',
  'http://[2002::1]',
  'http://[2001:0:1::1]',
]

/** nip.io / xip.io echo the address in the name; the rest answer as their services do. */
const corpusDns = mapResolver({
  'localtest.me': ['127.0.0.1'],
  'mail.ebc.apple.com': ['127.0.0.6'],
  'spoofed.burpcollaborator.net': ['127.0.0.1'],
  '1ynrnhl.xip.io': ['169.254.169.254'],
  'www.owasp.org.1ynrnhl.xip.io': ['169.254.169.254'],
  'metadata.nicob.net': ['169.254.169.254'],
})
const resolve: Resolver = async (hostname) => {
  const embedded = /(\d+\.\d+\.\d+\.\d+)\.(?:nip|xip)\.io$/.exec(hostname)?.[1]
  if (embedded) return [embedded]
  if (hostname.endsWith('.rebind.network')) return ['127.0.0.1', '10.0.0.1']
  return corpusDns.resolve(hostname)
}

let proxy: Awaited<ReturnType<typeof startProxy>>
beforeAll(async () => {
  proxy = await startProxy({ fetch: { resolve } })
})
afterAll(() => proxy.close())

describe('the ssrf-req-filter corpus', () => {
  it('refuses every URL without a single upstream connection attempt', async () => {
    const sockets = watchSockets()
    const outcomes: string[] = []
    for (const url of BLOCKED_URLS) {
      const response = await proxy.feed(url)
      outcomes.push(`${response.status} ${response.json().error?.kind} ${url}`)
    }
    sockets.stop()
    expect(outcomes.filter((outcome) => !/^40[03] (blocked_\w+|bad_url) /.test(outcome))).toEqual(
      [],
    )
    expect(proxy.guard.attempts).toEqual([])
    expect(sockets.count()).toBe(BLOCKED_URLS.length) // the test's own sockets to the proxy, nothing more
  })
})
