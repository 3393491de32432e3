import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { VendorConfig } from '../../features/workspace/settings/settings-schema'
import { resolveServerConfig } from '../config'
import { openStore, type Store } from '../store/store'
import { incident, statuspageRss } from '../store/test-support/feeds'
import { emptyStore, freshDatabase } from '../store/test-support/store-fixtures'
import { createCollector } from './collector'
import { startFeedUpstream, type FeedUpstream } from './test-support/feed-upstream'

let upstream: FeedUpstream
let shared: Awaited<ReturnType<typeof freshDatabase>>
let store: Store
let clock = Date.parse('2026-05-01T12:00:00Z')

beforeAll(async () => {
  upstream = await startFeedUpstream()
  shared = await freshDatabase('pglite', () => {
    throw new Error('PGlite only')
  })
  store = await openStore(shared.db)
}, 60_000)
afterAll(async () => {
  await upstream.close()
  await shared.dispose()
})
afterEach(() => {
  upstream.requests.length = 0
})

const vendor = (paths: string[]): VendorConfig => ({
  id: 'acme',
  name: 'Acme',
  sources: paths.map((path, index) => ({ id: `s${index}`, kind: 'url', url: upstream.url(path) })),
  slaTarget: 99.9,
  excludedComponents: [],
  demo: false,
  addedAt: '2026-01-01T00:00:00.000Z',
})

async function setUp(paths: string[]) {
  await emptyStore(shared.db)
  await store.saveWorkspace({ vendors: [vendor(paths)], backfill: [] }, 0)
  await shared.db.query('UPDATE source_polls SET next_poll_at = $1', [new Date(clock)])
  return createCollector({
    store: () => store,
    fetch: resolveServerConfig({ fetch: { allowHosts: [upstream.host] } }).fetch,
    intervalSeconds: 300,
    now: () => clock,
    random: () => 0.5,
  })
}

const ids = async () => (await store.readHistory({ vendorId: 'acme' })).incidents.map((i) => i.id)
const statusOf = async () => (await store.pollStatus())[0]!

describe('the collector', () => {
  it('polls due sources, asks conditionally next time, and adds what a later poll publishes', async () => {
    upstream.publish('/a.rss', statuspageRss([incident('c1', '2026-05-01T10:00:00Z', 30)]))
    const collector = await setUp(['/a.rss'])
    expect(await collector.runCycle()).toBe(1)
    expect(await ids()).toEqual(['c1'])
    expect(await collector.runCycle()).toBe(0) // not due again before the interval
    clock += 300_000
    expect(await collector.runCycle()).toBe(1)
    expect(upstream.requests.map((r) => r.conditional)).toEqual([false, true])
    upstream.publish('/a.rss', statuspageRss([incident('c2', '2026-05-01T12:20:00Z')]))
    clock += 300_000
    await collector.runCycle()
    expect(await ids()).toEqual(['c1', 'c2'])
    const status = await statusOf()
    expect(status.lastChangeAt).toBe(new Date(clock).toISOString())
    expect(status.nextPollAt).toBe(new Date(clock + 300_000).toISOString())
    expect(collector.status().polls).toEqual({ changed: 2, unchanged: 1, failed: 0 })
  })

  it('keeps history through upstream failures, backs off visibly, and recovers', async () => {
    upstream.publish('/b.rss', statuspageRss([incident('b1', '2026-05-01T09:00:00Z', 10)]))
    const collector = await setUp(['/b.rss'])
    await collector.runCycle()
    upstream.fail('/b.rss', 500)
    for (const expectedWaitMs of [30_000, 60_000, 120_000]) {
      clock += 400_000
      await collector.runCycle()
      const status = await statusOf()
      expect(status.lastError).toMatch(/upstream_status/)
      expect(Date.parse(status.nextPollAt) - clock).toBe(expectedWaitMs)
    }
    expect((await statusOf()).failures).toBe(3)
    expect(await ids()).toEqual(['b1'])
    upstream.fail('/b.rss', 503, '3600')
    clock += 400_000
    await collector.runCycle()
    expect(Date.parse((await statusOf()).nextPollAt) - clock).toBe(3_600_000)
    upstream.fail('/b.rss', 0)
    clock += 3_600_000
    await collector.runCycle()
    expect(await statusOf()).toMatchObject({ failures: 0, lastError: null })
  })

  it('removes nothing when a poll comes back empty or unreadable', async () => {
    upstream.publish('/c.rss', statuspageRss([incident('k1', '2026-05-01T08:00:00Z', 5)]))
    const collector = await setUp(['/c.rss'])
    await collector.runCycle()
    upstream.publish('/c.rss', statuspageRss([]))
    clock += 300_000
    await collector.runCycle()
    upstream.publish('/c.rss', '<rss><channel><item>')
    clock += 300_000
    await collector.runCycle()
    expect(await ids()).toEqual(['k1'])
    expect((await statusOf()).lastError).toMatch(/^unreadable/)
  })

  it('waits while the store is unavailable and says so', async () => {
    const collector = createCollector({
      store: () => undefined,
      fetch: resolveServerConfig().fetch,
      intervalSeconds: 300,
    })
    expect(await collector.runCycle()).toBe(0)
    expect(collector.status().lastError).toBe('The store is unavailable.')
  })
})
