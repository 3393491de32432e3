import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FeedUpstream {
  /** `127.0.0.1:<port>`, for the fetch policy's allowHosts. */
  host: string
  url: (path: string) => string
  /** Publishes a body at a path (RSS), or one made per request from the request count. */
  publish: (path: string, body: string | ((count: number) => string)) => void
  /** Makes a path answer this status (0 restores it), with Retry-After when given. */
  fail: (path: string, status: number, retryAfter?: string) => void
  /** Makes a path answer only after `ms` (0 restores it). */
  delay: (path: string, ms: number) => void
  /** Every request seen: path, whether it was conditional, and the asking process's Via token. */
  requests: { path: string; conditional: boolean; at: number; via: string }[]
  close: () => Promise<void>
  server: Server
}

/** A loopback status-page host: serves feeds with ETags and answers 304 to a matching If-None-Match. */
export async function startFeedUpstream(): Promise<FeedUpstream> {
  const bodies = new Map<string, string | ((count: number) => string)>()
  const failures = new Map<string, { status: number; retryAfter?: string }>()
  const delays = new Map<string, number>()
  const requests: FeedUpstream['requests'] = []
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    const conditional = req.headers['if-none-match'] !== undefined
    requests.push({ path, conditional, at: Date.now(), via: String(req.headers.via ?? '') })
    const wait = delays.get(path) ?? 0
    if (wait > 0) return void setTimeout(() => answer(req, res, path), wait)
    answer(req, res, path)
  })
  function answer(req: IncomingMessage, res: ServerResponse, path: string) {
    const failure = failures.get(path)
    if (failure) {
      const headers = failure.retryAfter ? { 'Retry-After': failure.retryAfter } : undefined
      return void res.writeHead(failure.status, headers).end('failing')
    }
    const published = bodies.get(path)
    const body = typeof published === 'function' ? published(requests.length) : published
    if (body === undefined) return void res.writeHead(404).end('not found')
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { ETag: etag }).end()
    res
      .writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ETag: etag })
      .end(body)
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `127.0.0.1:${port}`,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    publish: (path, body) => void bodies.set(path, body),
    fail: (path, status, retryAfter) =>
      status === 0 ? void failures.delete(path) : void failures.set(path, { status, retryAfter }),
    delay: (path, ms) => void delays.set(path, ms),
    requests,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
