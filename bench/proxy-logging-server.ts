// The server side of the B5 logging benchmark (bench/proxy-logging.ts starts it as a child
// process, with stdout going to a file): one loopback upstream, three proxies that differ only
// in how they log, and a bare node:http server that answers with the proxy's own bytes.
import { readFileSync } from 'node:fs'
import { createServer as createHttpServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createServer } from '../src/server/create-server'
import { createLogSink } from '../src/server/log-sink'

export const LOGGING_MODES = ['off', 'batched', 'perLine'] as const
export type LoggingMode = (typeof LOGGING_MODES)[number]

export interface ServerReady {
  ports: Record<LoggingMode | 'bare', number>
  path: string
  bodyBytes: number
}

/** What a browser sends; the body is the same for every server. */
export const BROWSER_HEADERS = {
  'accept-encoding': 'gzip, deflate, br',
  'sec-fetch-site': 'same-origin',
  'x-requested-with': 'vendor-reliability',
}

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

function fetchOnce(port: number, path: string) {
  return new Promise<{ body: Buffer; headers: Record<string, string> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: BROWSER_HEADERS }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const pick = ['content-type', 'content-encoding', 'vary'] as const
        const headers = Object.fromEntries(
          pick.flatMap((name) => (res.headers[name] ? [[name, String(res.headers[name])]] : [])),
        )
        resolve({ body: Buffer.concat(chunks), headers })
      })
    })
    req.on('error', reject)
    req.end()
  })
}

async function main() {
  const feed = readFileSync(
    new URL(
      '../src/core/__fixtures__/real/statuspage-history-streamyard-2024-06-10.rss',
      import.meta.url,
    ),
  )
  const upstream = createHttpServer((_req, res) =>
    res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' }).end(feed),
  )
  const upstreamPort = await listen(upstream)
  const path = `/api/feed?url=${encodeURIComponent(`http://127.0.0.1:${upstreamPort}/feed.rss`)}`
  const sink = createLogSink(process.stdout)
  // `perLine` is how main.ts logged before batching: one stdout write per request.
  const loggers: Record<LoggingMode, (entry: Record<string, unknown>) => void> = {
    off: () => {},
    batched: sink.write,
    perLine: (entry) => process.stdout.write(`${JSON.stringify(entry)}\n`),
  }
  const ports = {} as ServerReady['ports']
  for (const mode of LOGGING_MODES) {
    const app = createServer({
      log: loggers[mode],
      fetch: { allowHosts: [`127.0.0.1:${upstreamPort}`] },
    })
    ports[mode] = (await app.listen(0, '127.0.0.1')).port
    await fetchOnce(ports[mode], path) // the miss that fills the cache; the run measures hits
  }
  const sample = await fetchOnce(ports.off, path)
  const bareHeaders = { ...sample.headers, 'content-length': String(sample.body.length) }
  const bare = createHttpServer((_req, res) => res.writeHead(200, bareHeaders).end(sample.body))
  ports.bare = await listen(bare)
  // The parent reads this process's CPU time around each run; garbage from the last run goes first.
  process.on('message', () => {
    ;(globalThis as { gc?: () => void }).gc?.()
    const { user, system } = process.cpuUsage()
    process.send?.({ cpuMicros: user + system })
  })
  process.send?.({ ports, path, bodyBytes: sample.body.length } satisfies ServerReady)
  process.once('disconnect', () => {
    sink.flush()
    process.exit(0)
  })
}

if (process.send) await main()
