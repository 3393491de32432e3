import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'

export const RSS_FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Vendor status</title><link>https://vendor.example/</link>
<item><title>Elevated errors</title><guid>1</guid><pubDate>Tue, 04 Feb 2026 10:00:00 +0000</pubDate>
<description>&lt;p&gt;Resolved&lt;/p&gt;</description></item></channel></rss>`

type Route = (req: IncomingMessage, res: ServerResponse, query: URLSearchParams) => void

/** Knobs tests turn while the fixture runs. */
export interface FixtureState {
  etagVersion: number
  /** When set, /etag answers this status (with Retry-After when that is set too). */
  failStatus: number
  retryAfter: string
}

const gzipBomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20), { level: 9 })
const sendFeed = (
  res: ServerResponse,
  body = RSS_FEED,
  type = 'application/rss+xml; charset=utf-8',
) => res.writeHead(200, { 'Content-Type': type }).end(body)

function routes(state: FixtureState): Record<string, Route> {
  return {
    '/feed.xml': (_req, res) => sendFeed(res),
    '/big': (_req, res) =>
      sendFeed(
        res,
        RSS_FEED.replace('</channel>', `${'<item><title>x</title></item>'.repeat(200)}</channel>`),
      ),
    '/redirect': (_req, res, query) =>
      res.writeHead(302, { Location: query.get('to') ?? '/' }).end(),
    '/loop': (req, res) => res.writeHead(307, { Location: req.url ?? '/loop' }).end(),
    '/chain': (_req, res, query) => {
      const left = Number(query.get('n') ?? 0)
      res.writeHead(302, { Location: left > 0 ? `/chain?n=${left - 1}` : '/feed.xml' }).end()
    },
    '/slow-headers': () => {}, // never answers; the proxy must give up
    '/slow': (_req, res, query) =>
      void setTimeout(() => sendFeed(res), Number(query.get('ms') ?? 200)),
    '/drip': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' })
      const timer = setInterval(() => res.write(' '), 50)
      res.once('close', () => clearInterval(timer))
    },
    '/huge': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Length': 1073741824 })
      res.write('<rss>')
    },
    '/infinite': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' })
      const chunk = Buffer.alloc(64 * 1024, 0x20)
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump)
      }
      pump()
    },
    '/gzip-bomb': (_req, res) =>
      res
        .writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Encoding': 'gzip' })
        .end(gzipBomb),
    '/gzip-chain': (_req, res, query) => {
      const layers = Number(query.get('n') ?? 6)
      let body = Buffer.from(RSS_FEED)
      for (let layer = 0; layer < layers; layer += 1) body = gzipSync(body)
      const encoding = Array.from({ length: layers }, () => 'gzip').join(', ')
      res
        .writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Encoding': encoding })
        .end(body)
    },
    '/bad-gzip': (_req, res) =>
      res
        .writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Encoding': 'gzip' })
        .end(gzipSync(Buffer.from(RSS_FEED)).subarray(0, 40)),
    '/type': (_req, res, query) => {
      const type = query.get('t')
      const body = query.get('binary')
        ? Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1])
        : RSS_FEED
      res.writeHead(200, type ? { 'Content-Type': type } : {}).end(body)
    },
    '/html': (_req, res) =>
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<script>window.__pwned=1</script>'),
    '/latin1': (_req, res, query) => {
      const xml = `<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Caf\u00e9</title></channel></rss>`
      const type = query.get('header') ? 'text/xml; charset=iso-8859-1' : 'text/xml'
      res.writeHead(200, { 'Content-Type': type }).end(Buffer.from(xml, 'latin1'))
    },
    '/status': (_req, res, query) => {
      const headers = state.retryAfter ? { 'Retry-After': state.retryAfter } : {}
      res.writeHead(Number(query.get('code') ?? 500), headers).end('nope')
    },
    '/etag': (req, res) => {
      const etag = `"v${state.etagVersion}"`
      if (state.failStatus) {
        return void res
          .writeHead(state.failStatus, state.retryAfter ? { 'Retry-After': state.retryAfter } : {})
          .end()
      }
      const headers = {
        ETag: etag,
        'Last-Modified': 'Tue, 04 Feb 2026 10:00:00 GMT',
        'Cache-Control': 'max-age=0',
      }
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, headers).end()
      res.writeHead(200, { ...headers, 'Content-Type': 'application/rss+xml' })
      res.end(RSS_FEED.replace('Vendor status', `Vendor status v${state.etagVersion}`))
    },
    '/set-cookie': (_req, res) =>
      res
        .writeHead(200, {
          'Content-Type': 'application/rss+xml',
          'Set-Cookie': 'session=upstream',
          'Access-Control-Allow-Origin': '*',
          Location: 'https://elsewhere.example/',
        })
        .end(RSS_FEED),
    '/echo-headers': (req, res) => sendFeed(res, JSON.stringify(req.headers), 'application/json'),
  }
}

export interface Fixture {
  port: number
  state: FixtureState
  /** Requests per path (no query). */
  hits: (path: string) => number
  /** The most requests that were open at once for a Host header value. */
  maxConcurrent: (host: string) => number
  url: (path: string) => string
  close: () => Promise<void>
}

/** The upstream of security.md §3, on 127.0.0.1 and an ephemeral port. */
export async function startFixture(): Promise<Fixture> {
  const state: FixtureState = { etagVersion: 1, failStatus: 0, retryAfter: '' }
  const table = routes(state)
  const hits = new Map<string, number>()
  const open = new Map<string, number>()
  const peak = new Map<string, number>()
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture.invalid')
    const host = req.headers.host ?? ''
    hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1)
    open.set(host, (open.get(host) ?? 0) + 1)
    peak.set(host, Math.max(peak.get(host) ?? 0, open.get(host) ?? 0))
    res.once('close', () => open.set(host, (open.get(host) ?? 1) - 1))
    const route = table[url.pathname]
    if (route) route(req, res, url.searchParams)
    else res.writeHead(404).end('not here')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    port,
    state,
    hits: (path) => hits.get(path) ?? 0,
    maxConcurrent: (host) => peak.get(host) ?? 0,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => {
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
