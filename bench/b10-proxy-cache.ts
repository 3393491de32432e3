import { fork } from 'node:child_process'
import { createServer as createHttpServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createServer } from '../src/server/create-server'
import type { Benchmark } from './benchmark'
import { fixture } from './inputs'
import { compareAsyncPairs, median } from './measure'

// The app's own requests are same-origin; the proxy refuses others (security.md §2.5).
const SAME_ORIGIN = { 'sec-fetch-site': 'same-origin' }

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  )

/** One bounded round from the client process: requests per second and the p99 latency. */
function loadRound(client: ReturnType<typeof fork>, url: string, p99s: number[]) {
  return new Promise<number>((resolve, reject) => {
    client.once('message', (reply: { rps?: number; p99Ms?: number; error?: string }) => {
      if (reply.error || reply.rps === undefined) return reject(new Error(reply.error))
      p99s.push(reply.p99Ms ?? NaN)
      resolve(reply.rps)
    })
    client.send({ url, headers: SAME_ORIGIN, requests: 400, connections: 10 })
  })
}

export const b10: Benchmark = {
  id: 'B10',
  title: 'Proxy cache hit, 100 KB, keep-alive',
  target: { op: '≥', value: 0.95, baseline: 'bare node:http serving the same body' },
  async run() {
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
    delete headers['content-length']
    delete headers['date']
    delete headers['connection']
    delete headers['keep-alive']
    const bare = createHttpServer((_, res) => res.writeHead(200, headers).end(body))
    const bareUrl = `http://127.0.0.1:${await listen(bare)}/`
    const client = fork(new URL('./load-client.mjs', import.meta.url))
    const proxyP99: number[] = []
    const bareP99: number[] = []
    try {
      await loadRound(client, proxyUrl, [])
      await loadRound(client, bareUrl, [])
      const hit = await compareAsyncPairs(
        `cache hit, ${(body.length / 1000).toFixed(0)} KB body, 10 connections`,
        () => loadRound(client, proxyUrl, proxyP99),
        () => loadRound(client, bareUrl, bareP99),
        16,
        'req/s',
      )
      return {
        cases: [hit],
        checks: [
          {
            name: 'p99',
            ok: true,
            detail: `p99 ${median(proxyP99).toFixed(1)} ms proxy vs ${median(bareP99).toFixed(1)} ms bare`,
          },
        ],
      }
    } finally {
      client.kill()
      await proxy.close()
      bare.close()
      upstream.close()
    }
  },
}
