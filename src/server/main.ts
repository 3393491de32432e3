import { fileURLToPath } from 'node:url'
import { createServer, type StoreApiHandler } from './create-server'
import { parseServerEnv } from './env'
import { createLogSink } from './log-sink'
import { connectStore, type StoreConnector } from './store/store-connector'
import { parseStoreEnv } from './store/store-env'

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
  // Imported here, not at the top: the server need not compile the store before it listens.
  const [{ openStore }, { openDatabase }, { seedDemo }] = await Promise.all([
    import('./store/store'),
    import('./store/open-database'),
    import('./store/seed-demo'),
  ])
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

/**
 * The store API and the collector, with the feed parsers and schemas they need: loaded once the
 * server listens (its files are served meanwhile); `/api/*` calls wait for them.
 */
async function loadStoreSide(store: StoreConnector) {
  const [{ createCollector }, { createStoreApi }] = await Promise.all([
    import('./collector/collector'),
    import('./store-api/store-api'),
  ])
  const collector = createCollector({
    store: () => store.current(),
    fetch: app.config.fetch,
    intervalSeconds: settings.collectIntervalSeconds,
    ...(settings.leaseSeconds && { leaseMs: settings.leaseSeconds * 1000 }),
    log: writeLine,
  })
  const storeApi = createStoreApi({
    store,
    collector: () => collector.status(),
    authToken: settings.authToken,
    publicOrigins: options.publicOrigins ?? [],
    log: writeLine,
  })
  return { collector, storeApi }
}
let storeSide: ReturnType<typeof loadStoreSide> | undefined
const storeSideOf = (store: StoreConnector) => (storeSide ??= loadStoreSide(store))
const storeApiOf =
  (store: StoreConnector): StoreApiHandler =>
  async (req, res) =>
    (await storeSideOf(store)).storeApi(req, res)

const app = createServer({
  ...options,
  log: (entry) => (logRequests || entry.level === 'error') && writeLine(entry),
  ...(connector && { storeApi: storeApiOf(connector) }),
})
const address = await app.listen(port, host)
listened()
const collector = connector && (await storeSideOf(connector)).collector
if (collector && settings.collect) collector.start()
writeLine({
  level: 'info',
  message: 'listening',
  url: `http://${address.address}:${address.port}/`,
  store: !connector ? 'off' : settings.databaseUrl ? 'postgres' : `pglite:${settings.dataDir}`,
  collector:
    collector && settings.collect
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
    await collector?.stop()
    await app.close()
    await connector?.close().catch(() => {})
    logSink.flush()
    process.exit(0)
  })()
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
