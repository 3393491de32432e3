import { defineConfig, type Plugin } from 'vitest/config'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { demoFeedsPlugin } from './scripts/demo-feeds-plugin.ts'
import { workerChunkPlugin } from './scripts/worker-chunk-plugin.ts'

type DevApiHandler = (req: unknown, res: unknown) => void

/**
 * `/api/*` in `npm run dev` is the production proxy (src/server/dev-api.ts), loaded through Vite
 * on first use so this file imports none of it. PROXY_ALLOW_HOSTS works as for `npm start`.
 */
function feedProxyPlugin(): Plugin {
  return {
    name: 'vendor-reliability-feed-proxy',
    configureServer(server) {
      let handler: Promise<DevApiHandler> | undefined
      server.middlewares.use((req, res, next) => {
        if (!req.url?.startsWith('/api/')) return next()
        handler ??= server
          .ssrLoadModule('/src/server/dev-api.ts')
          .then((module) =>
            module.createDevApiHandler(server.httpServer, process.env.PROXY_ALLOW_HOSTS),
          )
        handler.then((handle) => handle(req, res), next)
      })
    },
  }
}

export default defineConfig({
  plugins: [react(), tailwindcss(), feedProxyPlugin(), demoFeedsPlugin(), workerChunkPlugin()],
  build: { target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'eslint/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
})
