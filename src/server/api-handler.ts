import { APP_REQUEST_HEADER } from '../core/api/proxy-contract'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { TLSSocket } from 'node:tls'
import type { ServerConfig } from './config'
import { sendCompressible } from './compression'
import { ProxyError } from './errors'
import { createEnvelope } from './envelope'
import { createFeedService, type FeedService } from './feed-service'
import { originOf } from './origin'
import { createRateLimiter } from './rate-limiter'
import { annotate } from './request-log'
import { API_CSP } from './security-headers'
import { memoizeString } from './string-memo'

/** The header the app sends; a cross-site page cannot add it without a CORS preflight we refuse. */
const DISCOVERY_COST = 5

/** The app asks for the same few URLs over and over: each is parsed once, then only read. */
const parseRequestUrl = memoizeString((raw) => new URL(raw, 'http://proxy.invalid'))
const hostOf = memoizeString((url) => new URL(url).host)

export type ApiHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

/** `/api/feed` and `/api/discover`: one implementation for the production server and Vite's dev server. */
export function createApiHandler(
  config: ServerConfig,
  service: FeedService = createFeedService(config),
): ApiHandler {
  const limiter = createRateLimiter(config.rateLimit, config.now)

  const charge = (req: IncomingMessage, cost = 1) => {
    const waitSeconds = limiter.take(req.socket.remoteAddress ?? 'unknown', cost)
    if (waitSeconds > 0) throw new ProxyError('rate_limited', { retryAfterSeconds: waitSeconds })
  }

  async function feed(req: IncomingMessage, res: ServerResponse, params: URLSearchParams) {
    const key = service.keyOf(params.get('url') ?? '')
    const target = hostOf(key)
    annotate(res, 'target', target)
    if (target === req.headers.host?.toLowerCase()) {
      throw new ProxyError('blocked_address', { message: 'The proxy does not fetch from itself.' })
    }
    const hit = service.peekFresh(key) // fresh copies cost upstream nothing, so they are not rate limited
    if (!hit) charge(req)
    const result = hit ?? (await service.get(key))
    annotate(res, 'cache', result.cacheStatus)
    res.setHeader('X-Cache', result.cacheStatus)
    const envelope = createEnvelope(params.get('url') ?? key, result, config.now())
    setJsonHeaders(res)
    await sendCompressible(req, res, 200, envelope.bytes, envelope.encode)
  }

  async function discover(req: IncomingMessage, res: ServerResponse, params: URLSearchParams) {
    charge(req, DISCOVERY_COST)
    // Loaded at the first discovery: it needs every feed parser, which a server start can skip.
    const { discoverFeeds } = await import('./discover')
    const result = await discoverFeeds(params.get('site') ?? '', {
      fetchPage: service.fetchPage,
      fetchFeed: async (url) => (await service.get(service.keyOf(url))).entry,
      checkUrl: service.keyOf,
      concurrency: config.discoverConcurrency,
      budgetMs: config.discoverBudgetMs,
    })
    await sendJson(req, res, 200, result)
  }

  const routes = new Map([
    ['/api/feed', feed],
    ['/api/discover', discover],
  ])

  return async (req, res) => {
    try {
      const url = parseRequestUrl(req.url ?? '/')
      const route = routes.get(url.pathname)
      if (!route) throw new ProxyError('not_found')
      if (req.method !== 'GET') {
        res.setHeader('Allow', 'GET')
        throw new ProxyError('method_not_allowed')
      }
      checkCaller(req, config)
      await route(req, res, url.searchParams)
    } catch (error) {
      await sendError(req, res, error, config)
    }
  }
}

const refuse = (message?: string) => new ProxyError('forbidden_origin', message ? { message } : {})

/** Same-origin callers only (security.md §2.5); the Via token catches the proxy calling itself. */
function checkCaller(req: IncomingMessage, config: ServerConfig): void {
  if (String(req.headers.via ?? '').includes(config.fetch.loopToken)) {
    throw refuse('The proxy does not fetch from itself.')
  }
  const site = req.headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin') throw refuse()
  const origin = req.headers.origin
  if (origin !== undefined && !isOwnOrigin(req, origin, config.publicOrigins)) throw refuse()
  if (
    site !== 'same-origin' &&
    req.headers[APP_REQUEST_HEADER.name.toLowerCase()] !== APP_REQUEST_HEADER.value
  ) {
    throw refuse()
  }
}

/**
 * Scheme, host and port must all match: this server's own (the scheme its socket speaks, the Host
 * the browser sent) or one of the configured public origins (a TLS terminator in front).
 */
function isOwnOrigin(req: IncomingMessage, origin: string, publicOrigins: readonly string[]) {
  const claimed = originOf(origin)
  if (claimed === undefined) return false
  const scheme = (req.socket as TLSSocket).encrypted ? 'https:' : 'http:'
  const own = originOf(`${scheme}//${req.headers.host ?? ''}`)
  return claimed === own || publicOrigins.some((entry) => originOf(entry) === claimed)
}

/** API bodies are data for the app only: never sniffed, framed, rendered or cached (security.md C4). */
function setJsonHeaders(res: ServerResponse) {
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Content-Security-Policy', API_CSP)
  res.setHeader('Content-Disposition', 'attachment')
  res.setHeader('Cache-Control', 'no-store')
}

async function sendJson(req: IncomingMessage, res: ServerResponse, status: number, value: unknown) {
  setJsonHeaders(res)
  await sendCompressible(req, res, status, Buffer.from(JSON.stringify(value)))
}

async function sendError(
  req: IncomingMessage,
  res: ServerResponse,
  error: unknown,
  config: ServerConfig,
) {
  const proxyError = error instanceof ProxyError ? error : new ProxyError('internal')
  if (!(error instanceof ProxyError)) {
    config.log({ level: 'error', error: String((error as Error)?.stack ?? error) })
  }
  annotate(res, 'kind', proxyError.kind)
  if (proxyError.retryAfterSeconds !== undefined) {
    res.setHeader('Retry-After', String(proxyError.retryAfterSeconds))
  }
  if (res.headersSent) return void res.destroy()
  await sendJson(req, res, proxyError.status, {
    error: { kind: proxyError.kind, message: proxyError.message },
  })
}
