import { randomBytes } from 'node:crypto'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { createApiHandler } from './api-handler'
import { resolveServerConfig } from './config'
import { setSecurityHeaders } from './security-headers'

/**
 * The production `/api/*` handler for Vite's dev server (vite.config.ts loads this module through
 * Vite, so the config file stays free of the proxy's imports). Vite's own responses keep Vite's
 * headers, since HMR needs inline script; API responses get the production headers.
 */
export function createDevApiHandler(httpServer: Server | null, allowHosts: string | undefined) {
  const config = resolveServerConfig({
    log: (entry) => entry.level === 'error' && console.error(JSON.stringify(entry)),
    fetch: {
      allowHosts: (allowHosts ?? '')
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
      loopToken: `vendor-reliability-${randomBytes(8).toString('hex')}`,
      selfPorts: () => {
        const bound = httpServer?.address()
        return bound && typeof bound === 'object' ? [bound.port] : []
      },
    },
  })
  const handleApi = createApiHandler(config)
  return (req: IncomingMessage, res: ServerResponse) => {
    setSecurityHeaders(res)
    void handleApi(req, res)
  }
}
