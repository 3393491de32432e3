import { fileURLToPath } from 'node:url'
import { createCollector } from './collector/collector'
import { createServer } from './create-server'
import { parseServerEnv } from './env'
import { createLogSink } from './log-sink'
import { openDatabase } from './store/open-database'
import { seedDemo } from './store/seed-demo'
import { openStore } from './store/store'
import { connectStore, type StoreConnector } from './store/store-connector'
import { parseStoreEnv } from './store/store-env'
import { createStoreApi } from './store-api/store-api'

// The one place that reads the environment (style.md #15).
const defaultDist = fileURLToPath(new URL('../../dist/', import.meta.url))
const publicDir = fileURLToPath(new URL('../../public/', import.meta.url))
const { port, host, logRequests, options } = parseServerEnv(process.env, defaultDist)
const settings = parseStoreEnv(process.env)
// Batched: one write per 50 ms instead of one per request (README, "The feed proxy").
const logSink = createLogSink(process.stdout)
process.once('exit', () => logSink.flush())
const writeLine = (entry: Record<string, unknown>) => logSink.write(entry)
const logError = (entry: Record<string, unknown>) =>
  (logRequests || entry.level !== 'info') && writeLine(entry)

/** Opens, migrates and (once per database) seeds the demo workspace. */
async function openSeededStore() {
  const store = await openStore(await openDatabase(settings, logError))
  if (settings.seedDemo) {
    const seeded = await store.seedOnce((tx, at) => seedDemo(tx, publicDir, at))
    if (seeded) writeLine({ level: 'info', message: 'demo workspace seeded into the store' })
  }
  return store
}

let listened = (): void => {}
let connector: StoreConnector | undefined
if (!settings.enabled) {
  // STORE=0: no store and no collector; the app keeps its history in each browser.
} else if (settings.databaseUrl) {
  // A database server may come later: the API answers 503 until it does.
  connector = connectStore(openSeededStore, { log: writeLine })
  await connector.firstAttempt
} else {
  // The embedded store opens once the server listens: the app answers at once, store calls 503
  // ("starting") and /api/health says so until it is open. A store that cannot open stops the server.
  const listening = new Promise<void>((resolve) => (listened = resolve))
  const opening = connectStore(openSeededStore, { log: writeLine, after: listening })
  connector = opening
  void opening.firstAttempt.then(() => {
    if (opening.state().state !== 'unavailable') return // open, or closed by a signal meanwhile
    writeLine({ level: 'error', message: opening.state().message })
    logSink.flush()
    process.exit(1)
  })
}

const app = createServer({
  ...options,
  log: (entry) => (logRequests || entry.level === 'error') && writeLine(entry),
  ...(connector && {
    storeApi: createStoreApi({
      store: connector,
      // Called only once the server listens, after the collector below exists.
      collector: () => collector.status(),
      authToken: settings.authToken,
      publicOrigins: options.publicOrigins ?? [],
      log: writeLine,
    }),
  }),
})
const collector = createCollector({
  store: () => connector?.current(),
  fetch: app.config.fetch,
  intervalSeconds: settings.collectIntervalSeconds,
  ...(settings.leaseSeconds && { leaseMs: settings.leaseSeconds * 1000 }),
  log: writeLine,
})
const address = await app.listen(port, host)
listened()
if (connector && settings.collect) collector.start()
writeLine({
  level: 'info',
  message: 'listening',
  url: `http://${address.address}:${address.port}/`,
  store: !connector ? 'off' : settings.databaseUrl ? 'postgres' : `pglite:${settings.dataDir}`,
  collector:
    connector && settings.collect
      ? { owner: collector.owner, intervalSeconds: settings.collectIntervalSeconds }
      : 'off',
})
logSink.flush() // at once: scripts and tests wait for this line

let stopping = false
function stop(signal: string) {
  if (stopping) return
  stopping = true
  writeLine({ level: 'info', message: 'shutting down', signal })
  logSink.flush()
  void (async () => {
    await collector.stop()
    await app.close()
    await connector?.close().catch(() => {})
    logSink.flush()
    process.exit(0)
  })()
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
