import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createSyntheticStatuspage } from '../../../e2e/synthetic-statuspage.mjs'
import type { VendorConfig } from '../../features/workspace/settings/settings-schema'
import { resolveServerConfig } from '../config'
import { openStore, type Store } from '../store/store'
import { emptyStore, freshDatabase } from '../store/test-support/store-fixtures'
import { createCollector } from './collector'

const NOW = Date.parse('2026-12-03T09:00:00Z')
const FAST = { concurrency: 2, pageDelayMs: 0, attempts: 2, retryDelayMs: 0, requestIntervalMs: 0 }

let site = createSyntheticStatuspage({ now: NOW })
let upstream: Server
let host = ''
let base = ''
let failingPage: number | null = null
let requests: string[] = []
let shared: Awaited<ReturnType<typeof freshDatabase>>
let store: Store
let clock = NOW

beforeAll(async () => {
  upstream = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://upstream.invalid')
    const pathname = url.pathname.replace(/^\/synth/, '')
    requests.push(`${pathname}${url.search}`)
    if (failingPage !== null && url.search === `?page=${failingPage}`)
      return void res.writeHead(500).end('down')
    const reply = site.answer(base, pathname, url.search)
    res.writeHead(reply.status, { 'Content-Type': reply.type }).end(reply.body)
  })
  await new Promise<void>((done) => upstream.listen(0, '127.0.0.1', done))
  host = `127.0.0.1:${(upstream.address() as AddressInfo).port}`
  base = `http://${host}/synth`
  shared = await freshDatabase('pglite', () => {
    throw new Error('PGlite only')
  })
  store = await openStore(shared.db, () => new Date(clock))
}, 60_000)
afterAll(async () => {
  upstream.closeAllConnections()
  upstream.close()
  await shared.dispose()
})
beforeEach(async () => {
  site = createSyntheticStatuspage({ now: NOW })
  failingPage = null
  requests = []
  clock = NOW
  await emptyStore(shared.db)
})

const vendor = (): VendorConfig => ({
  id: 'synth',
  name: 'Synthetic',
  sources: [{ id: 'hist', kind: 'url', url: `${base}/history.json` }],
  slaTarget: 99.9,
  excludedComponents: [],
  demo: false,
  addedAt: '2026-01-01T00:00:00.000Z',
})

/** The workspace asks for a backfill of `months`; polling is pushed out so only the backfill runs. */
async function requestBackfill(months: number, version = 0) {
  const backfill = [{ vendorId: 'synth', sourceId: 'hist', state: { base, months } }]
  const write = await store.saveWorkspace({ vendors: [vendor()], backfill }, version)
  await shared.db.query("UPDATE source_polls SET next_poll_at = now() + interval '1 day'")
  return write
}

const collector = (owner: string) =>
  createCollector({
    store: () => store,
    fetch: resolveServerConfig({ fetch: { allowHosts: [host] } }).fetch,
    intervalSeconds: 300,
    owner,
    backfillLimits: FAST,
    now: () => clock,
    random: () => 0.5,
  })

async function cycle(...collectors: ReturnType<typeof collector>[]) {
  await Promise.all(collectors.map((c) => c.runCycle()))
  await Promise.all(collectors.map((c) => c.backfillsSettled()))
}

const backfillStatus = async () => (await store.backfillStatus())[0]!
const pages = () => requests.filter((r) => r.startsWith('/history.json?page='))
const documents = () => requests.filter((r) => r.startsWith('/api/v2/incidents/'))

describe("the collector's backfills", () => {
  it("runs the workspace's backfill once, in one process, and merges every page and incident", async () => {
    await requestBackfill(3)
    const [a, b] = [collector('a'), collector('b')]
    await cycle(a, b)
    expect(pages()).toEqual(['/history.json?page=1', '/history.json?page=2'])
    expect(new Set(documents()).size).toBe(documents().length)
    const status = await backfillStatus()
    expect(status).toMatchObject({ lastError: null, failures: 0, nextRunAt: null })
    expect(status.progress?.complete).toBe(true)
    expect(status.completedAt).toBe(new Date(clock).toISOString())
    const history = await store.readHistory({ vendorId: 'synth' })
    const spanFrom = Date.parse('2026-09-03T00:00:00Z')
    const inSpan = site.incidents.filter((i) => i.end >= spanFrom).map((i) => i.code)
    expect(documents().sort()).toEqual(
      inSpan.map((code) => `/api/v2/incidents/${code}.json`).sort(),
    )
    const full = history.incidents.filter((i) => i.updates.length === 2).map((i) => i.id)
    expect(full.sort()).toEqual(inSpan.sort())
    requests = []
    clock += 3_600_000
    await cycle(a, b)
    expect(requests).toEqual([]) // a complete backfill is not run again
  })

  it('records a failure, retries with backoff rather than every tick, and resumes where it stopped', async () => {
    await requestBackfill(3)
    failingPage = 2
    const run = collector('a')
    await cycle(run)
    const failed = await backfillStatus()
    expect(failed.lastError).toMatch(/History page 2 could not be fetched/)
    expect(failed.failures).toBe(1)
    expect(Date.parse(failed.nextRunAt!) - clock).toBe(30_000)
    expect(failed.progress?.pagesFetched).toBe(1)
    requests = []
    clock += 10_000
    await cycle(run)
    expect(requests).toEqual([]) // not due yet
    clock += 25_000
    await cycle(run)
    expect((await backfillStatus()).failures).toBe(2)
    expect(Date.parse((await backfillStatus()).nextRunAt!) - clock).toBe(60_000)
    failingPage = null
    requests = []
    clock += 60_000
    await cycle(run)
    expect(pages()).toEqual(['/history.json?page=2']) // page 1 is not fetched again
    expect(await backfillStatus()).toMatchObject({ failures: 0, lastError: null, nextRunAt: null })
  })

  it("keeps the collector's progress when a browser writes the workspace with an older state", async () => {
    const first = await requestBackfill(3)
    await cycle(collector('a'))
    const done = await store.readWorkspace()
    const progress = done.backfill[0]!.state
    expect(progress.pagesFetched).toBe(2)
    // A browser that read the workspace before the run writes back what it read then.
    const stale = first.ok ? first.workspace.backfill : []
    const write = await store.saveWorkspace({ vendors: [vendor()], backfill: stale }, done.version)
    expect(write.ok && write.workspace.backfill[0]!.state).toEqual(progress)
    expect((await backfillStatus()).completedAt).not.toBeNull()
    // Asking for more months extends the stored progress and makes it due again.
    const longer = [{ vendorId: 'synth', sourceId: 'hist', state: { base, months: 6 } }]
    await store.saveWorkspace({ vendors: [vendor()], backfill: longer }, done.version + 1)
    const extended = await backfillStatus()
    expect(extended).toMatchObject({ months: 6, completedAt: null })
    expect(extended.progress?.pagesFetched).toBe(2)
    requests = []
    await cycle(collector('a'))
    expect(pages()).toEqual(['/history.json?page=3'])
  })
})
