import type { ProxyErrorKind } from '../../../core/api/proxy-contract'
export const LOAD_ERROR_KINDS = [
  'blocked',
  'timeout',
  'not_a_feed',
  'too_large',
  'upstream',
  'rate_limited',
  'network',
  'parse',
] as const
export type LoadErrorKind = (typeof LOAD_ERROR_KINDS)[number]

/** Why a load failed when neither the proxy nor the code that calls it could be reached. */
export const PROXY_UNREACHABLE = 'The feed proxy could not be reached. Is the app server running?'

/** A failed load, with a kind the UI can switch on and a sentence for people. */
export class FeedLoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message)
    this.name = 'FeedLoadError'
  }
}

// The proxy's error codes (src/server) grouped into what a user can act on.
const FROM_PROXY: Record<ProxyErrorKind, LoadErrorKind> = {
  blocked_scheme: 'blocked',
  blocked_port: 'blocked',
  blocked_host: 'blocked',
  blocked_address: 'blocked',
  forbidden_origin: 'blocked',
  bad_url: 'blocked',
  timeout: 'timeout',
  too_large: 'too_large',
  bad_content_type: 'not_a_feed',
  bad_encoding: 'upstream',
  too_many_redirects: 'upstream',
  upstream_dns: 'upstream',
  upstream_status: 'upstream',
  upstream_error: 'upstream',
  rate_limited: 'rate_limited',
  // The proxy itself misrouted or failed: nothing the feed's address can change.
  not_found: 'network',
  method_not_allowed: 'network',
  internal: 'upstream',
}

export function loadErrorKindFromProxy(code: string): LoadErrorKind {
  return (FROM_PROXY as Record<string, LoadErrorKind | undefined>)[code] ?? 'upstream'
}

export const LOAD_ERROR_TITLES: Record<LoadErrorKind, string> = {
  blocked: 'Address not allowed',
  timeout: 'Timed out',
  not_a_feed: 'Not a feed',
  too_large: 'Too large',
  upstream: 'Status page error',
  rate_limited: 'Too many requests',
  network: 'Proxy unreachable',
  parse: 'Could not read the feed',
}

/** 4xx-like failures will not change on retry; network and upstream trouble may. */
export function isRetryableLoadError(error: unknown): boolean {
  return (
    !(error instanceof FeedLoadError) || ['network', 'upstream', 'timeout'].includes(error.kind)
  )
}
