// B10's servers, in a process of their own (the bench process holds large heaps from other
// benchmarks): an upstream feed, the proxy in front of it, and a bare node:http server that
// answers with the proxy's own bytes. Sends {proxyUrl, bareUrl, bodyBytes} to its parent.
import { createServer as createHttpServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createServer } from '../src/server/create-server'
import { fixture } from './inputs'

// The app's own requests are same-origin; the proxy refuses others (security.md §2.5).
export const SAME_ORIGIN = { 'sec-fetch-site': 'same-origin' }

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  )

async function main() {
  const feed = Buffer.from(
    fixture('real/statuspage-history-github-2026-08-22.atom').padEnd(100_000),
  )
  const upstream = createHttpServer((_, res) =>
    res.writeHead(200, { 'Content-Type': 'application/atom+xml' }).end(feed),
  )
  const upstreamPort = await listen(upstream)
  const proxy = createServer({
    fetch: { allowHosts: [`127.0.0.1:${upstreamPort}`], allowedPorts: [upstreamPort] },
    rateLimit: { capacity: 1e9, refillPerMinute: 1e9 },
  })
  const proxyPort = (await proxy.listen(0, '127.0.0.1')).port
  const proxyUrl = `http://127.0.0.1:${proxyPort}/api/feed?url=${encodeURIComponent(`http://127.0.0.1:${upstreamPort}/feed.atom`)}`
  // The bare server answers with exactly the bytes and headers the proxy sends on a hit.
  const first = await fetch(proxyUrl, { headers: SAME_ORIGIN })
  if (first.status !== 200) throw new Error(`B10: the proxy answered ${first.status}`)
  const body = Buffer.from(await first.arrayBuffer())
  const headers = Object.fromEntries(first.headers)
  for (const name of ['content-length', 'date', 'connection', 'keep-alive']) delete headers[name]
  const bare = createHttpServer((_, res) => res.writeHead(200, headers).end(body))
  const bareUrl = `http://127.0.0.1:${await listen(bare)}/`
  process.send?.({ proxyUrl, bareUrl, bodyBytes: body.length })
  process.on('disconnect', () => process.exit(0))
}

if (process.send) void main()
