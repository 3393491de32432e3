import { randomBytes } from 'node:crypto'
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { createApiHandler, type ApiHandler } from './api-handler'
import { resolveServerConfig, type ServerConfig, type ServerOptions } from './config'
import { logRequest } from './request-log'
import { setSecurityHeaders } from './security-headers'
import { createStaticFiles } from './static-files'

export interface ProxyServer {
  server: Server
  config: ServerConfig
  /** The whole app: security headers, log line, `/api/*`, then the built files. */
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>
  /** `/api/*` only, for Vite's dev server (which adds its own headers and serves the sources). */
  handleApi: ApiHandler
  listen: (port: number, host?: string) => Promise<AddressInfo>
  /** Stops accepting, lets in-flight requests finish, and closes whatever is left after the grace period. */
  close: () => Promise<void>
}

/** Answers the store's API paths (and the token check); false leaves the request to the proxy. */
export type StoreApiHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>

/** The production server and the proxy, in one node:http server; nothing here reads the environment. */
export function createServer(
  serverOptions: ServerOptions & { storeApi?: StoreApiHandler } = {},
): ProxyServer {
  const { storeApi, ...options } = serverOptions
  let listeningPort: number | undefined
  const extraSelfPorts = options.fetch?.selfPorts
  const config = resolveServerConfig({
    ...options,
    fetch: {
      loopToken: `vendor-reliability-${randomBytes(8).toString('hex')}`,
      ...options.fetch,
      selfPorts: () => [...(extraSelfPorts?.() ?? []), ...(listeningPort ? [listeningPort] : [])],
    },
  })
  const handleApi = createApiHandler(config)
  const staticFiles = config.distDir ? createStaticFiles(config.distDir) : undefined
  let closing = false

  const server = createHttpServer({
    headersTimeout: config.inboundHeadersTimeoutMs,
    requestTimeout: config.inboundHeadersTimeoutMs * 3,
    // Node checks both time-outs only this often (30 s by default), which would stretch a 10 s limit.
    connectionsCheckingInterval: Math.min(1_000, config.inboundHeadersTimeoutMs / 2),
    maxHeaderSize: 16 * 1024,
  })

  async function handle(req: IncomingMessage, res: ServerResponse) {
    res.on('close', () => {
      // A finished keep-alive socket is idle now; during shutdown it must not wait for a next request.
      if (closing) setImmediate(() => server.closeIdleConnections())
    })
    logRequest(req, res, config.log, config.now)
    setSecurityHeaders(res)
    if (closing) res.setHeader('Connection', 'close')
    try {
      if ((req.url ?? '/').startsWith('/api/')) {
        // Without a store there is nothing to wait for before the proxy's own routes.
        if (!storeApi || !(await storeApi(req, res))) await handleApi(req, res)
      } else if (staticFiles) await staticFiles.handle(req, res)
      else res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
    } catch (error) {
      config.log({ level: 'error', error: String((error as Error)?.stack ?? error) })
      if (res.headersSent) res.destroy()
      else res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Internal error')
    }
  }
  server.on('request', (req: IncomingMessage, res: ServerResponse) => void handle(req, res))

  const listen = (port: number, host?: string) =>
    new Promise<AddressInfo>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, host, () => {
        server.off('error', reject)
        const address = server.address() as AddressInfo
        listeningPort = address.port
        resolve(address)
        staticFiles
          ?.warm()
          .catch((error: unknown) => config.log({ level: 'error', error: String(error) }))
      })
    })

  const close = () =>
    new Promise<void>((resolve) => {
      closing = true
      const deadline = setTimeout(() => server.closeAllConnections(), config.shutdownGraceMs)
      server.close(() => {
        clearTimeout(deadline)
        resolve()
      })
      server.closeIdleConnections()
    })

  return { server, config, handle, handleApi, listen, close }
}
