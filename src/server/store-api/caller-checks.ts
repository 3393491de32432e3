import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { TLSSocket } from 'node:tls'
import { APP_REQUEST_HEADER } from '../../core/api/proxy-contract'
import { originOf } from '../origin'
import { StoreApiError } from './api-error'

const digest = (text: string) => createHash('sha256').update(text).digest()

/** With AUTH_TOKEN set, `Authorization: Bearer <token>`, compared in constant time. */
export function hasToken(req: IncomingMessage, token: string | null): boolean {
  if (token === null) return true
  const header = String(req.headers.authorization ?? '')
  const match = /^Bearer\s+(\S+)$/i.exec(header)
  return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), digest(token))
}

export function checkToken(req: IncomingMessage, token: string | null): void {
  if (hasToken(req, token)) return
  throw new StoreApiError('unauthorized', 'This server needs its access token: sign in with it.')
}

/** Scheme, host and port of this server (as the browser reached it) or of a configured public origin. */
function isOwnOrigin(req: IncomingMessage, origin: string, publicOrigins: readonly string[]) {
  const claimed = originOf(origin)
  if (claimed === undefined) return false
  const scheme = (req.socket as TLSSocket).encrypted ? 'https:' : 'http:'
  const own = originOf(`${scheme}//${req.headers.host ?? ''}`)
  return claimed === own || publicOrigins.some((entry) => originOf(entry) === claimed)
}

/**
 * The app's own pages only (security.md §2.5), by the proxy's rule: a browser says so in
 * Sec-Fetch-Site or Origin, and other clients send the app's header, which a cross-site page
 * cannot add without a preflight.
 */
export function checkSameOrigin(req: IncomingMessage, publicOrigins: readonly string[] = []): void {
  const refuse = () =>
    new StoreApiError('forbidden_origin', 'Changes are accepted from the app itself only.')
  const site = req.headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin') throw refuse()
  const origin = req.headers.origin
  if (origin !== undefined && !isOwnOrigin(req, origin, publicOrigins)) throw refuse()
  const header = req.headers[APP_REQUEST_HEADER.name.toLowerCase()]
  if (site !== 'same-origin' && header !== APP_REQUEST_HEADER.value) throw refuse()
}
