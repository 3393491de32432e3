/** The proxy's HTTP contract, imported by the server that answers and the browser that asks. */

/** Error kinds of ../shared/docs/security.md §3: the app switches on these, so they never change. */
export const PROXY_ERROR_KINDS = [
  'bad_url',
  'blocked_scheme',
  'blocked_port',
  'blocked_host',
  'blocked_address',
  'too_large',
  'timeout',
  'bad_content_type',
  'bad_encoding',
  'too_many_redirects',
  'upstream_dns',
  'upstream_status',
  'upstream_error',
  'rate_limited',
  'forbidden_origin',
  'not_found',
  'method_not_allowed',
  'internal',
] as const
export type ProxyErrorKind = (typeof PROXY_ERROR_KINDS)[number]

/** A header a cross-site form cannot send: the API serves writes and fetches only to the app. */
export const APP_REQUEST_HEADER = { name: 'X-Requested-With', value: 'vendor-reliability' } as const
