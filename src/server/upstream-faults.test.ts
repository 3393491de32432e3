import { connect, createServer, type Server, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RSS_FEED } from './test-support/fixture-upstream'
import { mapResolver } from './test-support/network-guards'
import { startProxy } from './test-support/test-proxy'

/** Answers that no HTTP library should have to survive, written straight to the socket. */
const FAULTS: Record<string, (socket: Socket) => void> = {
  '/reset-mid-body': (socket) => {
    socket.write(
      'HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 5000\r\n\r\n<rss>',
    )
    setTimeout(() => socket.resetAndDestroy(), 20)
  },
  '/status-999': (socket) => socket.end('HTTP/1.1 999 Odd\r\nContent-Length: 0\r\n\r\n'),
  '/garbage': (socket) => socket.end('SSH-2.0-OpenSSH_9.6\r\n'),
  '/huge-header': (socket) =>
    socket.end(`HTTP/1.1 200 OK\r\nX-Big: ${'a'.repeat(20 * 1024)}\r\n\r\n`),
  '/many-headers': (socket) => {
    const headers = Array.from({ length: 1000 }, (_, index) => `X-${index}: ${index}\r\n`).join('')
    const body = Buffer.from(RSS_FEED)
    socket.end(
      `HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n${headers}Content-Length: ${body.length}\r\n\r\n${RSS_FEED}`,
    )
  },
}

let raw: Server
let rawPort: number
let proxy: Awaited<ReturnType<typeof startProxy>>
let unhandled = 0
const countUnhandled = () => (unhandled += 1)

beforeAll(async () => {
  process.on('unhandledRejection', countUnhandled)
  process.on('uncaughtException', countUnhandled)
  raw = createServer((socket) => {
    socket.on('error', () => {})
    socket.once('data', (data: Buffer) => {
      const path = /^GET (\S+)/.exec(data.toString('latin1'))?.[1] ?? ''
      const fault = FAULTS[path]
      if (fault) fault(socket)
      else socket.destroy() // a TLS ClientHello lands here: the port speaks plain text
    })
  })
  await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve))
  rawPort = (raw.address() as AddressInfo).port
  proxy = await startProxy({
    inboundHeadersTimeoutMs: 300,
    fetch: {
      allowHosts: [`127.0.0.1:${rawPort}`, `vendor.test:${rawPort}`],
      resolve: mapResolver({ 'vendor.test': ['127.0.0.1'] }).resolve,
    },
  })
})
afterAll(async () => {
  process.off('unhandledRejection', countUnhandled)
  process.off('uncaughtException', countUnhandled)
  await proxy.close()
  await new Promise((resolve) => raw.close(resolve))
})

describe('upstream faults (L18)', () => {
  it.each([
    ['/reset-mid-body', 'upstream_error'],
    ['/status-999', 'upstream_status'],
    ['/garbage', 'upstream_error'],
    ['/huge-header', 'upstream_error'],
  ])('answers %s with 502 %s and keeps serving', async (path, kind) => {
    const response = await proxy.feed(`http://127.0.0.1:${rawPort}${path}`)
    expect(response.status).toBe(502)
    expect(response.json().error.kind).toBe(kind)
  })

  it('reads a response with 1000 headers like any other', async () => {
    const response = await proxy.feed(`http://127.0.0.1:${rawPort}/many-headers`)
    expect(response.status).toBe(200)
    expect(response.json().body).toBe(RSS_FEED)
  })

  it('answers a TLS handshake to a plain-text port with 502', async () => {
    const response = await proxy.feed(`https://vendor.test:${rawPort}/feed.xml`)
    expect(response.status).toBe(502)
    expect(response.json().error.kind).toBe('upstream_error')
  })

  it('raised no unhandled rejection or exception', () => {
    expect(unhandled).toBe(0)
  })
})

describe('inbound slowloris (L8)', () => {
  it('closes sockets that send headers too slowly while real requests go on', async () => {
    const sockets = Array.from({ length: 20 }, () => connect(proxy.port, '127.0.0.1'))
    const closedAt: number[] = []
    const startedAt = Date.now()
    const drips = sockets.map((socket) => {
      socket.on('error', () => {})
      socket.once('close', () => closedAt.push(Date.now() - startedAt))
      socket.write('GET / HTTP/1.1\r\n')
      return setInterval(() => socket.writable && socket.write('X'), 50)
    })
    const legit = await proxy.get('/api/nope')
    expect(legit.status).toBe(404)
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    drips.forEach((timer) => clearInterval(timer))
    sockets.forEach((socket) => socket.destroy())
    expect(closedAt.filter((ms) => ms < 1_000)).toHaveLength(20)
  })

  it('refuses an over-long target URL with 414', async () => {
    const response = await proxy.feed(`http://vendor.test/${'a'.repeat(3_000)}`)
    expect(response.status).toBe(414)
  })
})
