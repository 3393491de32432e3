import { fork, type ChildProcess } from 'node:child_process'
import { stopChild } from './app-server'
import type { Benchmark } from './benchmark'
import { SAME_ORIGIN } from './b10-servers'
import { compareAsyncPairs, median } from './measure'

/** One bounded round from the client process: requests per second and the p99 latency. */
function loadRound(client: ChildProcess, url: string, p99s: number[]) {
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
    const servers = fork(new URL('./b10-servers.ts', import.meta.url), {
      execArgv: ['--import', 'tsx'],
    })
    const client = fork(new URL('./load-client.mjs', import.meta.url))
    try {
      const { proxyUrl, bareUrl, bodyBytes } = await new Promise<{
        proxyUrl: string
        bareUrl: string
        bodyBytes: number
      }>((resolve, reject) => {
        servers.once('message', resolve)
        servers.once('exit', (code) => reject(new Error(`B10 servers exited (${code})`)))
      })
      const proxyP99: number[] = []
      const bareP99: number[] = []
      await loadRound(client, proxyUrl, [])
      await loadRound(client, bareUrl, [])
      const hit = await compareAsyncPairs(
        `cache hit, ${(bodyBytes / 1000).toFixed(0)} KB body, 10 connections`,
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
      await stopChild(client)
      await stopChild(servers)
    }
  },
}
