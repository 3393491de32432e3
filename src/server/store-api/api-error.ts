export const STORE_API_ERROR_KINDS = [
  'bad_request',
  'unauthorized',
  'forbidden_origin',
  'not_found',
  'method_not_allowed',
  'too_large',
  'unsupported_media_type',
  'version_conflict',
  'store_unavailable',
] as const
export type StoreApiErrorKind = (typeof STORE_API_ERROR_KINDS)[number]

const STATUS: Record<StoreApiErrorKind, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden_origin: 403,
  not_found: 404,
  method_not_allowed: 405,
  too_large: 413,
  unsupported_media_type: 415,
  version_conflict: 409,
  store_unavailable: 503,
}

/** An answer of the workspace and history API: the kind is stable, the message is for people. */
export class StoreApiError extends Error {
  override name = 'StoreApiError'
  readonly status: number
  constructor(
    readonly kind: StoreApiErrorKind,
    message: string,
    /** Sent along in the body (a 409 carries the newer workspace). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
    this.status = STATUS[kind]
  }
}
