import type { IncomingMessage } from 'node:http'
import { ProxyError } from './errors'

/** An upstream error status; 429 and 503 carry their Retry-After so the host gate can pause. */
export function upstreamStatusError(response: IncomingMessage): ProxyError {
  const status = response.statusCode ?? 0
  const retryAfter =
    status === 429 || status === 503 ? parseRetryAfter(response.headers['retry-after']) : undefined
  return new ProxyError('upstream_status', {
    message: `The feed server answered with status ${status}.`,
    retryAfterSeconds: retryAfter,
  })
}

/** Seconds from either form of Retry-After (RFC 9110 §10.2.3); undefined when absent or bad. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined
  if (/^\d+$/.test(value.trim())) return Number(value.trim())
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000))
}
