import type { ServerOptions } from '../config'
import { createServer } from '../create-server'
import { APP_HEADERS, createConnectGuard, get } from './network-guards'

/** Short budgets so time-out tests take a fraction of a second. */
export const TEST_LIMITS = {
  connectTimeoutMs: 300,
  headersTimeoutMs: 300,
  totalTimeoutMs: 800,
  maxBodyBytes: 5 * 1024 * 1024,
}

/** A proxy on 127.0.0.1:ephemeral that may only ever connect to 127.0.0.1 (the guard throws otherwise). */
export async function startProxy(options: ServerOptions = {}) {
  const guard = createConnectGuard()
  const app = createServer({
    ...options,
    fetch: { ...TEST_LIMITS, beforeConnect: guard.beforeConnect, ...options.fetch },
  })
  const { port } = await app.listen(0, '127.0.0.1')
  const base = `http://127.0.0.1:${port}`
  return {
    app,
    port,
    guard,
    base,
    feed: (target: string, headers: Record<string, string> = APP_HEADERS) =>
      get(`${base}/api/feed?url=${encodeURIComponent(target)}`, headers),
    get: (path: string, headers?: Record<string, string>) => get(`${base}${path}`, headers),
    close: () => app.close(),
  }
}
