import type { ProxyErrorKind } from '../core/api/proxy-contract'

const STATUS_BY_KIND: Record<ProxyErrorKind, number> = {
  bad_url: 400,
  blocked_scheme: 400,
  blocked_port: 400,
  blocked_host: 403,
  blocked_address: 403,
  too_large: 502,
  timeout: 504,
  bad_content_type: 415,
  bad_encoding: 502,
  too_many_redirects: 502,
  upstream_dns: 502,
  upstream_status: 502,
  upstream_error: 502,
  rate_limited: 429,
  forbidden_origin: 403,
  not_found: 404,
  method_not_allowed: 405,
  internal: 500,
}

const DEFAULT_MESSAGES: Record<ProxyErrorKind, string> = {
  bad_url: 'That is not a valid absolute http or https URL.',
  blocked_scheme: 'Only http and https feed addresses can be fetched.',
  blocked_port: 'Feeds can only be fetched from the standard web ports.',
  blocked_host: 'That host name is reserved for local or internal use and is not fetched.',
  blocked_address: 'That address is on a private, local or reserved network and is not fetched.',
  too_large: 'The feed is larger than the proxy accepts.',
  timeout: 'The feed server took too long to answer.',
  bad_content_type: 'The address did not return a feed (XML, RSS, Atom, JSON or plain text).',
  bad_encoding: 'The feed server sent a compressed body the proxy could not decode.',
  too_many_redirects: 'The feed address redirected too many times.',
  upstream_dns: 'The feed host name could not be found.',
  upstream_status: 'The feed server answered with an error.',
  upstream_error: 'The feed server could not be reached.',
  rate_limited: 'Too many requests; wait a moment and try again.',
  forbidden_origin: 'This endpoint only answers the Vendor Reliability app itself.',
  not_found: 'No such endpoint.',
  method_not_allowed: 'Only GET is supported here.',
  internal: 'Something went wrong in the proxy.',
}

export interface ProxyErrorOptions {
  message?: string
  /** Seconds the client should wait, sent as Retry-After. */
  retryAfterSeconds?: number
  /** Overrides the kind's status, e.g. 502 for a bad redirect target chosen by the upstream. */
  status?: number
}

/** A refusal or failure with a stable kind; its message is safe to show (never an address). */
export class ProxyError extends Error {
  readonly kind: ProxyErrorKind
  readonly status: number
  readonly retryAfterSeconds: number | undefined

  constructor(kind: ProxyErrorKind, options: ProxyErrorOptions = {}) {
    super(options.message ?? DEFAULT_MESSAGES[kind])
    this.name = 'ProxyError'
    this.kind = kind
    this.status = options.status ?? STATUS_BY_KIND[kind]
    this.retryAfterSeconds = options.retryAfterSeconds
  }
}
