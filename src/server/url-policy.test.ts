import { describe, expect, it } from 'vitest'
import { ProxyError } from './errors'
import { checkUrl, hostKey } from './url-policy'

const rules = { allowedPorts: [80, 443], allowHosts: [] as string[] }

function refusal(raw: string, rulesOverride = rules): { kind: string; status: number } {
  try {
    checkUrl(raw, rulesOverride)
  } catch (error) {
    if (error instanceof ProxyError) return { kind: error.kind, status: error.status }
    throw error
  }
  throw new Error(`${raw} was accepted`)
}

describe('checkUrl', () => {
  it('accepts http and https on the standard ports and drops the fragment', () => {
    const checked = checkUrl('https://Status.Example.com./history.atom#top', rules)
    expect(checked).toMatchObject({ hostname: 'status.example.com', port: 443, exempt: false })
    expect(checked.url.href).toBe('https://status.example.com./history.atom')
  })

  it.each([
    'file:///etc/passwd',
    'data:application/xml,<rss/>',
    'blob:https://a.example/1',
    'ftp://127.0.0.2/',
    'gopher://127.0.0.1:70/_x',
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    'ws://127.0.0.2/',
  ])('refuses the scheme of %j with 400 blocked_scheme (S16)', (raw) => {
    expect(refusal(raw)).toEqual({ kind: 'blocked_scheme', status: 400 })
  })

  it.each([
    'http://vendor.test:22/',
    'http://vendor.test:25/',
    'http://vendor.test:6379/',
    'http://vendor.test:0/',
  ])('refuses the port of %s (S17)', (raw) =>
    expect(refusal(raw)).toEqual({ kind: 'blocked_port', status: 400 }),
  )

  it.each([
    'http://vendor.test:65536/',
    'http://localhost:+11211aaa',
    'http://localhost:00011211aaaa',
    'http://[fe80::1%25eth0]/',
    'http://0x41414141A9FEA9FE/',
    'http://425.510.425.510/',
    'not a url',
    '/relative/path',
    '',
  ])('refuses the malformed %j with 400 bad_url', (raw) => {
    expect(refusal(raw)).toEqual({ kind: 'bad_url', status: 400 })
  })

  it.each([
    'http://user:pw@vendor.test/',
    'http://a@127.0.0.1:80@vendor.test/',
    'http://127.1.1.1:80@127.2.2.2:80',
  ])('refuses credentials in %s (S18)', (raw) =>
    expect(refusal(raw)).toEqual({ kind: 'bad_url', status: 400 }),
  )

  it('refuses URLs over 2048 characters with 414', () => {
    expect(refusal(`http://vendor.test/${'a'.repeat(3000)}`)).toEqual({
      kind: 'bad_url',
      status: 414,
    })
  })

  it.each([
    'http://localhost/',
    'http://LOCALHOST./',
    'http://foo.localhost/',
    'http://printer.local/',
    'http://metadata.google.internal/',
    'http://metadata.amazonaws.com/',
    'http://db.corp.internal./',
  ])('refuses the reserved name %s with 403 blocked_host (S7)', (raw) => {
    expect(refusal(raw)).toEqual({ kind: 'blocked_host', status: 403 })
  })

  it.each([
    ['http://2130706433/', '127.0.0.1'],
    ['http://0x7f.1/', '127.0.0.1'],
    ['http://0177.0.0.1/', '127.0.0.1'],
    ['http://017700000001/', '127.0.0.1'],
    ['http://127.1/', '127.0.0.1'],
    ['http://127.0.0.1./', '127.0.0.1'],
    ['http://１２７.０.０.１/', '127.0.0.1'],
    ['http://①②⑦.⓪.⓪.①/', '127.0.0.1'],
    ['http://0/', '0.0.0.0'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
    ['http://127.0.0.1\\@vendor.test/', '127.0.0.1'],
    ['http://vendor.test#@127.0.0.1/', 'vendor.test'],
  ])('decides on the canonical host of %s (%s)', (raw, hostname) => {
    expect(checkUrl(raw, rules).hostname).toBe(hostname)
  })

  it('exempts allow-listed host:port pairs from the port and name rules, matched canonically', () => {
    const allow = {
      allowedPorts: [80, 443],
      allowHosts: ['127.1:8080', 'LocalHost:3000', '[::1]:80'],
    }
    expect(checkUrl('http://127.0.0.1:8080/x', allow).exempt).toBe(true)
    expect(checkUrl('http://localhost:3000/x', allow).exempt).toBe(true)
    expect(checkUrl('http://[::1]/x', allow).exempt).toBe(true)
    expect(refusal('http://127.0.0.1:8081/x', allow).kind).toBe('blocked_port')
    expect(refusal('http://localhost:80/x', allow).kind).toBe('blocked_host')
  })

  it('resolves redirect locations against the previous URL', () => {
    const base = new URL('http://vendor.test/feeds/a.xml')
    expect(checkUrl('../history.rss', rules, base).url.href).toBe('http://vendor.test/history.rss')
  })
})

describe('hostKey', () => {
  it('brackets IPv6 so the port stays readable', () => {
    expect(hostKey('::1', 80)).toBe('[::1]:80')
    expect(hostKey('vendor.test', 443)).toBe('vendor.test:443')
  })
})
