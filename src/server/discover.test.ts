import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { siteUrlOf } from './discover'
import { findFeedLinks } from './feed-links'
import { mapResolver, startCanary } from './test-support/network-guards'
import { startProxy } from './test-support/test-proxy'

const real = (name: string) =>
  readFileSync(new URL(`../core/__fixtures__/real/${name}`, import.meta.url), 'utf8')
const summary = real('statuspage-summary-claude-2026-10-07.json')
const incidents = JSON.stringify({
  page: JSON.parse(summary).page,
  incidents: JSON.parse(summary).incidents,
})

let canary: Awaited<ReturnType<typeof startCanary>>
let site: Server
let port: number
let open = 0
let peak = 0
let proxy: Awaited<ReturnType<typeof startProxy>>

function page(): string {
  return `<!doctype html><html><head><title>Status</title>
    <link rel="stylesheet" href="/app.css">
    <link rel="alternate" type="application/atom+xml" title="Claude Status &amp; History" href="/history.atom">
    <link type="application/rss+xml" rel="Alternate feed" href='/elsewhere.rss'>
    <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
    <link rel="alternate" type="application/rss+xml" href="http://127.0.0.1:${canary.port}/internal.rss">
  </head><body>status</body></html>`
}

beforeAll(async () => {
  canary = await startCanary()
  const routes: Record<string, () => [string, string]> = {
    '/': () => ['text/html; charset=utf-8', page()],
    '/history.atom': () => [
      'application/atom+xml',
      real('statuspage-history-claude-2026-02-04.atom'),
    ],
    '/history.rss': () => ['application/rss+xml', real('statuspage-history-claude-2026-02-04.rss')],
    '/api/v2/summary.json': () => ['application/json', summary],
    '/api/v2/incidents.json': () => ['application/json', incidents],
    '/api/v2/scheduled-maintenances.json': () => [
      'application/json',
      real('statuspage-scheduled-maintenances-claude-2026-09-15.json'),
    ],
    '/feed': () => ['text/html', '<html>an app shell, not a feed</html>'],
  }
  site = createServer((req, res) => {
    open += 1
    peak = Math.max(peak, open)
    res.once('close', () => (open -= 1))
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname]
    setTimeout(() => {
      if (!route)
        return void res.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not found</h1>')
      const [type, body] = route()
      res.writeHead(200, { 'Content-Type': type }).end(body)
    }, 10)
  })
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
  port = (site.address() as AddressInfo).port
  proxy = await startProxy({
    fetch: {
      allowHosts: [`status.test:${port}`],
      allowedPorts: [80, 443, canary.port],
      resolve: mapResolver({ 'status.test': ['127.0.0.1'] }).resolve,
    },
  })
})
afterAll(async () => {
  await proxy.close()
  await canary.close()
  await new Promise((resolve) => site.close(resolve))
})

const discover = (value: string) => proxy.get(`/api/discover?site=${encodeURIComponent(value)}`)

describe('GET /api/discover', () => {
  it('lists the page links and known paths it could identify, history feeds first', async () => {
    const response = await discover(`http://status.test:${port}`)
    expect(response.status).toBe(200)
    const base = `http://status.test:${port}`
    expect(response.json()).toEqual({
      site: `${base}/`,
      candidates: [
        // Formats come from the core's sniffer; only their family is this module's business.
        {
          url: `${base}/history.atom`,
          format: expect.stringMatching(/-atom$/),
          title: 'Claude Status & History',
        },
        { url: `${base}/history.rss`, format: expect.stringMatching(/-rss$/) },
        { url: `${base}/api/v2/incidents.json`, format: 'statuspage-json' },
        { url: `${base}/api/v2/scheduled-maintenances.json`, format: 'statuspage-json' },
        { url: `${base}/api/v2/summary.json`, format: 'statuspage-json' },
      ],
    })
    expect(canary.connections()).toBe(0) // the page's link to an internal address was refused
    expect(peak).toBeLessThanOrEqual(2) // per-host limit holds for probes too
  })

  it('leaves what it fetched in the cache, so subscribing next is a cache hit', async () => {
    await discover(`http://status.test:${port}`)
    const feed = await proxy.feed(`http://status.test:${port}/history.atom`)
    expect(feed.headers['x-cache']).toBe('HIT')
  })

  it('refuses blocked sites with the same kinds as /api/feed', async () => {
    expect((await discover('localhost')).json().error.kind).toBe('blocked_host')
    expect((await discover('http://169.254.169.254/')).json()).toEqual({
      error: { kind: 'blocked_address', message: expect.any(String) },
    })
    expect((await discover('file:///etc/passwd')).status).toBe(400)
    expect(canary.connections()).toBe(0)
  })
})

describe('siteUrlOf', () => {
  it('reads a bare host as an https site and keeps full URLs', () => {
    expect(siteUrlOf(' status.example.com ')).toBe('https://status.example.com')
    expect(siteUrlOf('status.example.com:8443')).toBe('https://status.example.com:8443')
    expect(siteUrlOf('http://status.example.com/x')).toBe('http://status.example.com/x')
  })
})

describe('findFeedLinks', () => {
  it('keeps only rel=alternate feed types with http(s) hrefs, resolved against the page', () => {
    const links = findFeedLinks(
      `<link rel=alternate type="application/rss+xml; charset=utf-8" href=feed.rss>
       <LINK REL="alternate" TYPE="application/json" HREF="/api/v2/incidents.json" title='It&#39;s'>
       <link rel="alternate" type="text/html" href="/en">
       <link rel="icon" type="application/rss+xml" href="/x.rss">
       <link rel="alternate" type="application/atom+xml" href="data:text/xml,<feed/>">`,
      'https://status.example.com/en/',
    )
    expect(links).toEqual([
      { href: 'https://status.example.com/en/feed.rss' },
      { href: 'https://status.example.com/api/v2/incidents.json', title: "It's" },
    ])
  })
})
