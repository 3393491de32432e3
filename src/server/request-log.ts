import type { IncomingMessage, ServerResponse } from 'node:http'

const extraFields = new WeakMap<ServerResponse, Record<string, unknown>>()

/** Adds fields (cache status, error kind, target host) to the response's log line. */
export function annotate(res: ServerResponse, fields: Record<string, unknown>): void {
  extraFields.set(res, { ...extraFields.get(res), ...fields })
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
      time: new Date(startedAt).toISOString(),
      method: req.method,
      // The path only: queries hold user-typed URLs, which the target field summarises.
      path: (req.url ?? '').split('?')[0],
      status: res.statusCode,
      ms: now() - startedAt,
      bytes: Number(res.getHeader('content-length') ?? 0),
      completed: res.writableFinished,
      ...extraFields.get(res),
    })
  })
}
