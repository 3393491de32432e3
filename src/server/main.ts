import { fileURLToPath } from 'node:url'
import { createServer } from './create-server'
import { parseServerEnv } from './env'

// The one place that reads the environment (style.md #15).
const defaultDist = fileURLToPath(new URL('../../dist/', import.meta.url))
const { port, host, logRequests, options } = parseServerEnv(process.env, defaultDist)
const writeLine = (entry: Record<string, unknown>) =>
  process.stdout.write(`${JSON.stringify(entry)}\n`)
const app = createServer({
  ...options,
  log: (entry) => (logRequests || entry.level === 'error') && writeLine(entry),
})
const address = await app.listen(port, host)
writeLine({
  level: 'info',
  message: 'listening',
  url: `http://${address.address}:${address.port}/`,
})

let stopping = false
function stop(signal: string) {
  if (stopping) return
  stopping = true
  writeLine({ level: 'info', message: 'shutting down', signal })
  void app.close().then(() => process.exit(0))
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
