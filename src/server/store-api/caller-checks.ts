import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { APP_REQUEST_HEADER } from '../api-handler'
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

const hostOf = (origin: string): string | undefined => {
  try {
    return new URL(origin).host
  } catch {
    return undefined
  }
}

/**
 * The app's own pages only (security.md §2.5): a browser says so in Sec-Fetch-Site or Origin, and
 * other clients send the app's header, which a cross-site page cannot add without a preflight.
 */
export function checkSameOrigin(req: IncomingMessage): void {
  const refuse = () =>
    new StoreApiError('forbidden_origin', 'Changes are accepted from the app itself only.')
  const site = req.headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin') throw refuse()
  const origin = req.headers.origin
  if (origin !== undefined && hostOf(origin) !== req.headers.host?.toLowerCase()) throw refuse()
  if (site !== 'same-origin' && req.headers[APP_REQUEST_HEADER[0]] !== APP_REQUEST_HEADER[1]) {
    throw refuse()
  }
}
