import type { IncomingMessage, ServerResponse } from 'node:http'

// A property on the response, not a WeakMap entry: one per request cost more than the rest of a hit.
const LOG_FIELDS = Symbol('log fields')
type Annotated = ServerResponse & { [LOG_FIELDS]?: Record<string, unknown> }

/** Adds fields (cache status, error kind, target host) to the response's log line. */
export function annotate(res: ServerResponse, fields: Record<string, unknown>): void {
  const annotated = res as Annotated
  const existing = annotated[LOG_FIELDS]
  if (existing) Object.assign(existing, fields)
  else annotated[LOG_FIELDS] = { ...fields }
}

let cachedSecond = NaN
let cachedPrefix = ''

/** `toISOString()`, formatted once per second: requests within it differ in milliseconds only. */
function isoTime(time: number): string {
  const ms = Math.trunc(time) // as Date does
  const second = Math.floor(ms / 1000)
  if (second !== cachedSecond) {
    cachedSecond = second
    cachedPrefix = new Date(second * 1000).toISOString().slice(0, -4)
  }
  return `${cachedPrefix}${String(ms - second * 1000).padStart(3, '0')}Z`
}

/** The path only: queries hold user-typed URLs, which the target field summarises. */
function pathOf(url: string): string {
  const query = url.indexOf('?')
  return query < 0 ? url : url.slice(0, query)
}

/** One JSON line per request when the response is done (or the client went away). */
export function logRequest(
  req: IncomingMessage,
  res: ServerResponse,
  log: (entry: Record<string, unknown>) => void,
  now: () => number = Date.now,
): void {
  const startedAt = now()
  res.once('close', () => {
    log({
      time: isoTime(startedAt),
      method: req.method,
      path: pathOf(req.url ?? ''),
      status: res.statusCode,
      ms: now() - startedAt,
      bytes: Number(res.getHeader('content-length') ?? 0),
      completed: res.writableFinished,
      ...(res as Annotated)[LOG_FIELDS],
    })
  })
}
