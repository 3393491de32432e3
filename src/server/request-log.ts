import type { IncomingMessage, ServerResponse } from 'node:http'

/** What a handler adds to its response's log line, beyond the request and the status. */
export const LOG_FIELD_NAMES = ['target', 'cache', 'kind'] as const
export type LogFieldName = (typeof LOG_FIELD_NAMES)[number]

// A property on the response, not a WeakMap entry: one per request cost more than the rest of a hit.
const LOG_FIELDS = Symbol('log fields')
type Annotated = ServerResponse & { [LOG_FIELDS]?: Partial<Record<LogFieldName, unknown>> }

/** Adds a field (cache status, error kind, target host) to the response's log line. */
export function annotate(res: ServerResponse, name: LogFieldName, value: unknown): void {
  const annotated = res as Annotated
  const fields = (annotated[LOG_FIELDS] ??= {})
  fields[name] = value
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
  // 'close' comes once per response; `on` spares `once`'s wrapper on every request.
  res.on('close', () => {
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
