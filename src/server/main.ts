import { fileURLToPath } from 'node:url'
import { createServer } from './create-server'
import { parseServerEnv } from './env'
import { createLogSink } from './log-sink'

// The one place that reads the environment (style.md #15).
const defaultDist = fileURLToPath(new URL('../../dist/', import.meta.url))
const { port, host, logRequests, options } = parseServerEnv(process.env, defaultDist)
// Batched: one write per 50 ms instead of one per request (README, "The feed proxy").
const logSink = createLogSink(process.stdout)
process.once('exit', () => logSink.flush())
const app = createServer({
  ...options,
  log: (entry) => (logRequests || entry.level === 'error') && logSink.write(entry),
})
const address = await app.listen(port, host)
logSink.write({
  level: 'info',
  message: 'listening',
  url: `http://${address.address}:${address.port}/`,
})
logSink.flush() // at once: scripts and tests wait for this line

let stopping = false
function stop(signal: string) {
  if (stopping) return
  stopping = true
  logSink.write({ level: 'info', message: 'shutting down', signal })
  logSink.flush()
  void app.close().then(() => {
    logSink.flush()
    process.exit(0)
  })
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
