// B5: what request logging costs the proxy at 100 connections (issue 16). The servers run in a
// child process (bench/proxy-logging-server.ts) with stdout going to a file; this process is the
// load generator, on raw keep-alive sockets so the client is cheaper than the server it drives.
import { fork } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { measureLogLineCost } from './log-line-cost'
import { BROWSER_HEADERS, LOGGING_MODES, type ServerReady } from './proxy-logging-server'

const CONNECTIONS = 100
const REQUESTS_PER_RUN = 3_000
const ROUNDS = 15
const SERVERS = [...LOGGING_MODES, 'bare'] as const
type ServerName = (typeof SERVERS)[number]

interface Run {
  requestsPerSecond: number
  p99Ms: number
  /** The server process's user + system CPU time per request: what a saturated core pays. */
  cpuMicrosPerRequest: number
}

const HEADER_END = Buffer.from('\r\n\r\n')

/** `total` GETs over `connections` keep-alive sockets, one request in flight per socket. */
function load(port: number, path: string, total: number, connections: number) {
  const headers = Object.entries(BROWSER_HEADERS).map(([name, value]) => `${name}: ${value}\r\n`)
  const message = Buffer.from(
    `GET ${path} HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\n${headers.join('')}\r\n`,
  )
  const latencies: number[] = []
  let sent = 0
  const startedAt = performance.now()
  const connection = () =>
    new Promise<void>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1')
      let buffered: Buffer = Buffer.alloc(0)
      let sentAt = 0
      const next = () => {
        if (sent >= total) return void socket.end(resolve)
        sent += 1
        sentAt = performance.now()
        socket.write(message)
      }
      socket.on('connect', next)
      socket.on('error', reject)
      socket.on('data', (chunk: Buffer) => {
        buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk
        const end = buffered.indexOf(HEADER_END)
        if (end < 0) return
        const head = buffered.subarray(0, end).toString('latin1')
        if (!head.startsWith('HTTP/1.1 200')) return reject(new Error(head.split('\r\n')[0]))
        const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? NaN)
        if (Number.isNaN(length)) return reject(new Error('response without Content-Length'))
        if (buffered.length < end + 4 + length) return
        buffered = buffered.subarray(end + 4 + length)
        latencies.push(performance.now() - sentAt)
        next()
      })
    })
  return Promise.all(Array.from({ length: connections }, connection)).then(() => {
    const seconds = (performance.now() - startedAt) / 1000
    latencies.sort((a, b) => a - b)
    const p99Ms = latencies[Math.floor(latencies.length * 0.99)] ?? NaN
    return { requestsPerSecond: latencies.length / seconds, p99Ms, requests: latencies.length }
  })
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2
}

/** The median per-round ratio and its bootstrap 95 % interval (as bench/measure.ts does). */
function ratioOf(ours: number[], baseline: number[]) {
  const ratios = ours.map((value, index) => value / (baseline[index] ?? NaN))
  let seed = 20261203
  const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32
  const medians = Array.from({ length: 500 }, () =>
    median(ratios.map(() => ratios[Math.floor(random() * ratios.length)] ?? NaN)),
  ).sort((a, b) => a - b)
  return { ratio: median(ratios), ci95: [medians[12] ?? NaN, medians[487] ?? NaN] as const }
}

export async function runProxyLoggingBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'vr-bench-log-'))
  const logFile = join(dir, 'stdout.log')
  const logFd = openSync(logFile, 'w')
  const child = fork(fileURLToPath(new URL('./proxy-logging-server.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', logFd, 'inherit', 'ipc'],
  })
  try {
    const ready = await new Promise<ServerReady>((resolve, reject) => {
      child.once('message', (message) => resolve(message as ServerReady))
      child.once('exit', (code) => reject(new Error(`benchmark server exited with ${code}`)))
    })
    const runs = Object.fromEntries(SERVERS.map((name) => [name, [] as Run[]])) as Record<
      ServerName,
      Run[]
    >
    const cpuMicros = () =>
      new Promise<number>((resolve) => {
        child.once('message', (message) => resolve((message as { cpuMicros: number }).cpuMicros))
        child.send('cpu')
      })
    const measured = async (name: ServerName, requests: number): Promise<Run> => {
      const before = await cpuMicros()
      const run = await load(ready.ports[name], ready.path, requests, CONNECTIONS)
      await new Promise((resolve) => setTimeout(resolve, 80)) // the last batch's flush belongs here
      const cpuMicrosPerRequest = ((await cpuMicros()) - before) / run.requests
      return { ...run, cpuMicrosPerRequest }
    }
    for (const name of SERVERS) await measured(name, 2_000)
    for (let round = 0; round < ROUNDS; round += 1) {
      // Rotate the order each round, so a noisy neighbour or a warm cache favours no server.
      const order = SERVERS.map((_, index) => SERVERS[(index + round) % SERVERS.length]!)
      for (const name of order) runs[name].push(await measured(name, REQUESTS_PER_RUN))
    }
    report(runs, ready, statSync(logFile).size)
    const line = measureLogLineCost(join(dir, 'lines.log'))
    const hit = median(runs.off.map((run) => run.cpuMicrosPerRequest))
    const share = (micros: number) => `${((micros / hit) * 100).toFixed(1)} %`
    console.log(
      `B5 one log line in-process: batched ${line.batched.toFixed(2)} µs (${share(line.batched)} of a cache hit), one write per line ${line.perLine.toFixed(2)} µs (${share(line.perLine)})`,
    )
  } finally {
    child.disconnect()
    await new Promise((resolve) => child.once('exit', resolve))
    closeSync(logFd)
    rmSync(dir, { recursive: true, force: true })
  }
}

function report(runs: Record<ServerName, Run[]>, ready: ServerReady, logBytes: number) {
  const pick = (name: ServerName, field: keyof Run) => runs[name].map((run) => run[field])
  // Capacity: requests a saturated core serves, relative to logging off (CPU per request, inverted).
  const capacity = (name: ServerName) =>
    ratioOf(pick('off', 'cpuMicrosPerRequest'), pick(name, 'cpuMicrosPerRequest'))
  const throughput = (name: ServerName) =>
    ratioOf(pick(name, 'requestsPerSecond'), pick('off', 'requestsPerSecond'))
  const range = ({ ratio, ci95 }: ReturnType<typeof ratioOf>) =>
    `${ratio.toFixed(3)} (CI95 ${ci95[0].toFixed(3)}–${ci95[1].toFixed(3)})`
  console.log(
    `B5 proxy cache hits, ${CONNECTIONS} connections, ${ROUNDS} rounds × ${REQUESTS_PER_RUN} requests per server, ${ready.bodyBytes} B responses, ${(logBytes / 1e6).toFixed(1)} MB of log lines written to a file`,
  )
  for (const name of SERVERS) {
    console.log(
      `  ${name}: ${median(pick(name, 'cpuMicrosPerRequest')).toFixed(1)} µs server CPU per request, ${Math.round(median(pick(name, 'requestsPerSecond')))} req/s, p99 ${median(pick(name, 'p99Ms')).toFixed(1)} ms`,
    )
  }
  const labels: Record<ServerName, string> = {
    off: 'logging off',
    batched: 'batched logging',
    perLine: 'one write per request (before)',
    bare: 'bare node:http, same bytes',
  }
  for (const name of SERVERS.filter((server) => server !== 'off')) {
    const verdict =
      name === 'batched'
        ? `; target ≥ 0.90: ${capacity(name).ratio >= 0.9 ? 'meets' : 'misses'}`
        : ''
    console.log(
      `B5 ${labels[name]} vs logging off: capacity ${range(capacity(name))}, measured throughput ${range(throughput(name))}${verdict}`,
    )
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runProxyLoggingBench()
