import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import { createServer, request, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { Resolver } from '../config'

/** A loopback "internal service": any connection to it is an SSRF that got through. */
export async function startCanary() {
  let connections = 0
  const server = createServer((_req, res) => res.end('canary'))
  server.on('connection', () => (connections += 1))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    connections: () => connections,
    close: () => {
      server.closeAllConnections()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** The proxy's beforeConnect hook in tests: a socket to anything but 127.0.0.1 is refused and recorded. */
export function createConnectGuard() {
  const attempts: string[] = []
  return {
    attempts,
    beforeConnect: (address: string, port: number) => {
      attempts.push(`${address}:${port}`)
      if (address !== '127.0.0.1') throw new Error(`test tried to connect to ${address}`)
    },
  }
}

/** Counts every client socket Node opens (net.client.socket), whoever opens it. */
export function watchSockets() {
  const sockets: Socket[] = []
  const onSocket = (message: unknown) => sockets.push((message as { socket: Socket }).socket)
  subscribe('net.client.socket', onSocket)
  return {
    count: () => sockets.length,
    stop: () => unsubscribe('net.client.socket', onSocket),
  }
}

/** Fixed answers; anything else is NXDOMAIN. Counts lookups per name. */
export function mapResolver(answers: Record<string, string[] | (() => string[])>) {
  const calls = new Map<string, number>()
  const resolve: Resolver = async (hostname) => {
    calls.set(hostname, (calls.get(hostname) ?? 0) + 1)
    const answer = answers[hostname]
    if (answer) return typeof answer === 'function' ? answer() : answer
    throw Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })
  }
  return {
    resolve,
    calls: (hostname: string) => calls.get(hostname) ?? 0,
    total: () => [...calls.values()].reduce((a, b) => a + b, 0),
  }
}

export interface TestResponse {
  status: number
  headers: IncomingHttpHeaders
  text: string
  raw: Buffer
  json: () => any // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** The app's own request: same-origin header set, no connection reuse. */
export const APP_HEADERS = { 'x-requested-with': 'vendor-reliability' }

/** A request over a fresh socket (node:http, so no pooled sockets outlive the test). */
export function get(
  url: string,
  headers: Record<string, string> = APP_HEADERS,
  method = 'GET',
): Promise<TestResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, agent: false, method }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const raw = Buffer.concat(chunks)
        const text = raw.toString('utf8')
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text,
          raw,
          json: () => JSON.parse(text),
        })
      })
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}
