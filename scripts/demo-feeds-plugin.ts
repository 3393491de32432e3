import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { runnerImport, type Plugin } from 'vite'
import type * as DemoFeed from '../src/features/workspace/loading/demo-feed-json'

const APP_ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '')
const demoDir = (name = '') => fileURLToPath(new URL(`../public/demo/${name}`, import.meta.url))
const MODULE = fileURLToPath(
  new URL('../src/features/workspace/loading/demo-feed-json.ts', import.meta.url),
)

// Loaded through Vite, as the app is: this config file imports none of the parser.
let loaded: Promise<typeof DemoFeed> | undefined
const demoFeed = () =>
  (loaded ??= runnerImport<typeof DemoFeed>(MODULE, { configFile: false, logLevel: 'warn' }).then(
    (result) => result.module,
  ))

/** Each file of public/demo as the app's parser reads it, by the address the app asks for. */
export async function demoFeedAssets(): Promise<Map<string, string>> {
  const { demoFeedJson, prebuiltDemoPath } = await demoFeed()
  const assets = new Map<string, string>()
  for (const name of readdirSync(demoDir())) {
    const path = `/demo/${name}`
    assets.set(prebuiltDemoPath(path), demoFeedJson(readFileSync(demoDir(name), 'utf8'), path))
  }
  return assets
}

/**
 * Parses public/demo at build time, next to each file, so a first visit shows the demo without
 * fetching the parse Worker; `npm run dev` parses them on the first request.
 */
export function demoFeedsPlugin(): Plugin {
  let built: Promise<Map<string, string>> | null = null
  return {
    name: 'vendor-reliability-demo-feeds',
    // Only the app has the demo: another build with this config (bench/hello) gets none.
    configResolved(config) {
      built =
        config.command === 'build' && config.root === APP_ROOT ? null : Promise.resolve(new Map())
    },
    configureServer(server) {
      let parsed: Promise<Map<string, string>> | undefined
      server.middlewares.use((req, res, next) => {
        if (!req.url?.startsWith('/demo/') || !req.url.endsWith('.feed.json')) return next()
        ;(parsed ??= demoFeedAssets())
          .then((assets) => {
            const json = assets.get(req.url ?? '')
            if (json === undefined) return next()
            res.setHeader('content-type', 'application/json; charset=utf-8')
            res.end(json)
          })
          .catch(next)
      })
    },
    // Parsing starts with the build and runs beside the bundling.
    buildStart() {
      built ??= demoFeedAssets()
    },
    async generateBundle() {
      for (const [path, json] of await (built ?? demoFeedAssets()))
        this.emitFile({ type: 'asset', fileName: path.slice(1), source: json })
    },
  }
}
