import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FeedUpstream {
  /** `127.0.0.1:<port>`, for the fetch policy's allowHosts. */
  host: string
  url: (path: string) => string
  /** Publishes a body at a path (RSS); replaces what was there. */
  publish: (path: string, body: string) => void
  /** Makes a path answer this status (0 restores it), with Retry-After when given. */
  fail: (path: string, status: number, retryAfter?: string) => void
  /** Every request seen: path, and whether it was conditional. */
  requests: { path: string; conditional: boolean; at: number }[]
  close: () => Promise<void>
  server: Server
}

/** A loopback status-page host: serves feeds with ETags and answers 304 to a matching If-None-Match. */
export async function startFeedUpstream(): Promise<FeedUpstream> {
  const bodies = new Map<string, string>()
  const failures = new Map<string, { status: number; retryAfter?: string }>()
  const requests: FeedUpstream['requests'] = []
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    const conditional = req.headers['if-none-match'] !== undefined
    requests.push({ path, conditional, at: Date.now() })
    const failure = failures.get(path)
    if (failure) {
      const headers = failure.retryAfter ? { 'Retry-After': failure.retryAfter } : undefined
      return void res.writeHead(failure.status, headers).end('failing')
    }
    const body = bodies.get(path)
    if (body === undefined) return void res.writeHead(404).end('not found')
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { ETag: etag }).end()
    res
      .writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ETag: etag })
      .end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `127.0.0.1:${port}`,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    publish: (path, body) => void bodies.set(path, body),
    fail: (path, status, retryAfter) =>
      status === 0 ? void failures.delete(path) : void failures.set(path, { status, retryAfter }),
    requests,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
