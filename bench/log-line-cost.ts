import { closeSync, openSync, writeSync } from 'node:fs'
import { createLogSink } from '../src/server/log-sink'

const LINES = 50_000
const ROUNDS = 7

/** A cache hit's log entry, as request-log.ts builds it. */
const entry = (index: number) => ({
  time: new Date().toISOString(),
  method: 'GET',
  path: '/api/feed',
  status: 200,
  ms: index % 7,
  bytes: 2674,
  completed: true,
  target: 'www.githubstatus.com',
  cache: 'HIT',
})

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN

/**
 * What one log line costs in this process, writing to a file with synchronous writes as stdout
 * does: through the batched sink, and one write per line as before. Building the entry is
 * subtracted, since the server builds it with logging off too. Microseconds per line.
 */
export function measureLogLineCost(file: string): { batched: number; perLine: number } {
  const fd = openSync(file, 'w')
  const sink = createLogSink({ write: (chunk: string) => writeSync(fd, chunk) })
  const timed = (write: (index: number) => void) => {
    const startedAt = performance.now()
    for (let index = 0; index < LINES; index += 1) write(index)
    sink.flush()
    return ((performance.now() - startedAt) * 1000) / LINES
  }
  const samples = { batched: [] as number[], perLine: [] as number[] }
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      const building = timed((index) => entry(index))
      samples.batched.push(timed((index) => sink.write(entry(index))) - building)
      samples.perLine.push(
        timed((index) => writeSync(fd, `${JSON.stringify(entry(index))}\n`)) - building,
      )
    }
  } finally {
    closeSync(fd)
  }
  return { batched: median(samples.batched), perLine: median(samples.perLine) }
}
