import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { VendorConfig } from '../../features/workspace/settings/settings-schema'
import { incident, statuspageRss } from '../store/test-support/feeds'
import {
  POSTGRES_TESTS,
  startPostgres,
  type PostgresServer,
} from '../store/test-support/postgres-harness'
import { startServerProcess, type ServerProcess } from '../store/test-support/server-process'
import { startFeedUpstream, type FeedUpstream } from './test-support/feed-upstream'

const INTERVAL_S = 3
const LEASE_S = 4
const PATHS = ['/1.rss', '/2.rss', '/3.rss', '/4.rss', '/5.rss', '/6.rss']

let pg: PostgresServer
let upstream: FeedUpstream
const processes: ServerProcess[] = []

beforeAll(async () => {
  if (!POSTGRES_TESTS) return
  pg = await startPostgres()
  upstream = await startFeedUpstream()
}, 120_000)
afterAll(async () => {
  await Promise.all(processes.map((p) => p.stop()))
  await upstream?.close()
  pg?.destroy()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Request times of each path, and the gaps between a path's consecutive requests. */
function gapsByPath(since = 0): number[] {
  return PATHS.flatMap((path) => {
    const times = upstream.requests.filter((r) => r.path === path && r.at >= since).map((r) => r.at)
    return times.slice(1).map((at, index) => at - (times[index] ?? at))
  })
}

describe.skipIf(!POSTGRES_TESTS)('two server processes on one PostgreSQL', () => {
  it('share the polling: no source twice in an interval, none skipped after one is killed', async () => {
    const url = await pg.createDatabase('shared_polling')
    for (const path of PATHS) {
      upstream.publish(
        path,
        statuspageRss([incident(`i${path.slice(1, 2)}`, '2026-05-01T10:00:00Z', 30)]),
      )
      upstream.delay(path, 400) // a poll takes a while, so a kill can land in the middle of one
    }
    const env = {
      DATABASE_URL: url,
      COLLECT_INTERVAL_SECONDS: String(INTERVAL_S),
      COLLECT_LEASE_SECONDS: String(LEASE_S),
      SEED_DEMO: '0',
      PROXY_ALLOW_HOSTS: upstream.host,
    }
    const [first, second] = await Promise.all([startServerProcess(env), startServerProcess(env)])
    processes.push(first!, second!)
    for (const server of [first!, second!]) {
      await server.waitFor(async () => (await server.call('/api/health')).status === 200, 60_000)
    }
    const vendor: VendorConfig = {
      id: 'acme',
      name: 'Acme',
      sources: PATHS.map((path) => ({ id: path, kind: 'url', url: upstream.url(path) })),
      slaTarget: 99.9,
      excludedComponents: [],
      demo: false,
      addedAt: '2026-01-01T00:00:00.000Z',
    }
    const put = await first!.call('/api/workspace', {
      method: 'PUT',
      body: JSON.stringify({ version: 0, vendors: [vendor] }),
    })
    expect(put.status).toBe(200)

    await sleep(INTERVAL_S * 3_500)
    const minimumGap = INTERVAL_S * 900 - 250 // the jitter's earliest, less timer slack
    expect(Math.min(...gapsByPath())).toBeGreaterThanOrEqual(minimumGap)
    const pollers = new Set(upstream.requests.map((r) => r.via))
    expect(pollers.size).toBe(2) // both processes took part

    first!.child.kill('SIGKILL')
    await first!.exited
    const killedAt = Date.now()
    await sleep((INTERVAL_S * 1.1 + LEASE_S) * 1000 + 2_500)
    const end = Date.now()
    expect(Math.min(...gapsByPath())).toBeGreaterThanOrEqual(minimumGap)
    for (const path of PATHS) {
      const last = Math.max(...upstream.requests.filter((r) => r.path === path).map((r) => r.at))
      expect(last, `${path} was polled after the kill`).toBeGreaterThan(killedAt)
      expect(end - last, `${path} is on schedule`).toBeLessThan(
        (INTERVAL_S * 1.1 + LEASE_S) * 1000 + 1_000,
      )
    }
    const history = await second!.call('/api/history?vendor=acme')
    expect(((await history.json()) as { incidents: unknown[] }).incidents).toHaveLength(
      PATHS.length,
    )
  }, 120_000)
})
