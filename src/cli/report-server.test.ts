import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { VendorConfig } from '../features/workspace/settings/settings-schema'
import type { Incident } from '../core/model'
import { excludeComponents } from '../core/normalize/exclude-components'
import { parseFeed } from '../core/parse/index'
import { buildReport } from '../core/report/build-report'
import type { Report } from '../core/report/report-model'
import { createServer } from '../server/create-server'
import { createStoreApi } from '../server/store-api/store-api'
import { openStore, type Store } from '../server/store/store'
import { connectedStore } from '../server/store/store-connector'
import { incident, statuspageRss } from '../server/store/test-support/feeds'
import { freshDatabase } from '../server/store/test-support/store-fixtures'

const run = promisify(execFile)
const TOKEN = 'a-token-of-twenty-chars'
const PERIOD = ['--from', '2026-01-01', '--to', '2026-04-01'] as const
const COVERAGE = { from: '2026-01-10T00:00:00.000Z', to: '2026-03-20T00:00:00.000Z' }
// A second span for Beta, after a gap the store knows nothing of.
const LATER = { from: '2026-03-25T00:00:00.000Z', to: '2026-03-30T00:00:00.000Z' }
const coveragesOf = (id: string) => (id === 'b' ? [COVERAGE, LATER] : [COVERAGE])

const vendor = (id: string, name: string, slaTarget: number, excluded: string[]): VendorConfig => ({
  id,
  name,
  sources: [{ id: 's1', kind: 'url', url: `https://status.${id}.test/history.rss` }],
  slaTarget,
  excludedComponents: excluded,
  demo: false,
  addedAt: '2026-01-01T00:00:00.000Z',
})
const VENDORS = [vendor('a', 'Alpha', 99.5, ['Search']), vendor('b', 'Beta', 99.99, [])]

/** Incidents as the browser would send them; one of Alpha's touched only its excluded component. */
function parsedIncidents(id: string): Incident[] {
  const parsed = parseFeed(
    statuspageRss([
      incident(`${id}1`, '2026-01-20T10:00:00Z', 90),
      incident(`${id}2`, '2026-02-11T08:00:00Z', 300),
      incident(`${id}3`, '2026-03-05T22:00:00Z', 45),
    ]),
  )
  if (!parsed.ok) throw new Error('fixture does not parse')
  const components = ['API', 'Search', 'Search']
  return parsed.feed.incidents.map((item, i) => ({ ...item, components: [components[i] ?? 'API'] }))
}

let shared: Awaited<ReturnType<typeof freshDatabase>>
let store: Store
let servers: { base: string; close: () => Promise<void> }[] = []

async function serve(authToken: string | null, withStore = true) {
  const storeApi = createStoreApi({ store: connectedStore(store), authToken, log: () => {} })
  const app = createServer(withStore ? { storeApi } : {})
  const { port } = await app.listen(0, '127.0.0.1')
  const served = { base: `http://127.0.0.1:${port}`, close: () => app.close() }
  servers.push(served)
  return served.base
}

async function report(env: Record<string, string>, ...args: string[]) {
  const { AUTH_TOKEN: _ignored, ...inherited } = process.env
  const options = { cwd: process.cwd(), env: { ...inherited, ...env } }
  return run(process.execPath, ['--import', 'tsx', 'src/cli/report.ts', ...args], options).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  )
}

beforeAll(async () => {
  shared = await freshDatabase('pglite', () => {
    throw new Error('PGlite only')
  })
  store = await openStore(shared.db)
  const base = await serve(null)
  const call = (path: string, body: unknown, method = 'POST') =>
    fetch(`${base}${path}`, {
      method,
      body: JSON.stringify(body),
      headers: { 'X-Requested-With': 'vendor-reliability', 'Content-Type': 'application/json' },
    }).then((response) => expect(response.status).toBe(200))
  await call('/api/workspace', { version: 0, vendors: VENDORS }, 'PUT')
  for (const { id } of VENDORS) {
    const incidents = parsedIncidents(id)
    await call('/api/history', { vendorId: id, sourceId: 's1', incidents, coverage: COVERAGE })
  }
  await call('/api/history', { vendorId: 'b', sourceId: 's1', incidents: [], coverage: LATER })
}, 60_000)
afterAll(async () => {
  for (const server of servers) await server.close()
  servers = []
  await shared.dispose()
})

/** The same incidents and coverage through core directly, under the vendor's target and exclusions. */
function expectedVendor(config: VendorConfig) {
  const feed = parseFeed(statuspageRss([]))
  if (!feed.ok) throw new Error('fixture does not parse')
  const incidents = excludeComponents(parsedIncidents(config.id), config.excludedComponents)
  const sources = coveragesOf(config.id).map((coverage, i) => ({
    location: 'core',
    feed: { ...feed.feed, vendor: config.name, incidents: i === 0 ? incidents : [], coverage },
  }))
  const period = { from: PERIOD[1], to: PERIOD[3] }
  const options = { now: new Date().toISOString(), target: config.slaTarget }
  const built = buildReport(sources, period, options).vendors[0]
  return { name: built?.name, incidents: built?.incidents, stats: built?.stats }
}

describe('npm run report -- --server', () => {
  it("reports every vendor of the server's workspace with the figures core computes from the same incidents", async () => {
    const base = await serve(null)
    const { code, stdout } = await report({}, '--server', base, '--format', 'json', ...PERIOD)
    expect(code).toBe(0)
    const vendors = (JSON.parse(stdout) as Report).vendors
    expect(vendors.map(({ name, incidents, stats }) => ({ name, incidents, stats }))).toEqual(
      VENDORS.map(expectedVendor),
    )
    expect(vendors[0]?.incidents.map((i) => i.id)).toHaveLength(1)
    expect(vendors[0]?.stats.sla.target).toBe(99.5)
    expect(vendors[1]?.sources).toEqual([
      { location: `${base}/api/history?vendor=b`, format: 'statuspage-rss' },
    ])
    const html = await report({}, '--server', base, '--format', 'html', ...PERIOD)
    expect(html.code).toBe(0)
    expect(html.stdout).toMatch(/Alpha[\s\S]*Beta/)
  }, 60_000)

  it('picks vendors by id or name with --vendor, and sends AUTH_TOKEN when the server needs it', async () => {
    const base = await serve(TOKEN)
    const unsigned = await report({}, '--server', base, '--format', 'json')
    expect(unsigned.code).toBe(1)
    expect(unsigned.stderr).toBe(
      `report: the server at ${base} needs its access token: set AUTH_TOKEN.\n`,
    )
    const signed = await report(
      { AUTH_TOKEN: TOKEN },
      '--server',
      base,
      '--vendor',
      'beta',
      '--format',
      'json',
    )
    expect(signed.code).toBe(0)
    expect((JSON.parse(signed.stdout) as Report).vendors.map((v) => v.name)).toEqual(['Beta'])
  }, 60_000)

  it('says when the server has no store, when it cannot be reached, and which vendors it has', async () => {
    const storeless = await serve(null, false)
    const absent = await report({}, '--server', storeless)
    expect(absent).toMatchObject({ code: 1 })
    expect(absent.stderr).toBe(
      `report: the server at ${storeless} runs without a store: it has no shared history.\n`,
    )
    const gone = servers.pop()
    await gone?.close()
    const down = await report({}, '--server', storeless)
    expect(down.stderr).toMatch(
      new RegExp(`^report: cannot reach the server at ${storeless}/api/workspace: `),
    )
    const base = await serve(null)
    const unknown = await report({}, '--server', base, '--vendor', 'gamma')
    expect(unknown.stderr).toBe(
      `report: the workspace at ${base} has no vendor "gamma"; it has a (Alpha), b (Beta).\n`,
    )
  }, 60_000)
})
