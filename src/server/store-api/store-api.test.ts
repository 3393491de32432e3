import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { VendorConfig } from '../../features/workspace/settings/settings-schema'
import { createServer } from '../create-server'
import { openStore, type Store } from '../store/store'
import { connectedStore, connectStore, type StoreConnector } from '../store/store-connector'
import { incident, statuspageRss } from '../store/test-support/feeds'
import { emptyStore, freshDatabase } from '../store/test-support/store-fixtures'
import { parseFeed } from '../../core/parse/index'
import { createStoreApi } from './store-api'

const TOKEN = 'a-token-of-twenty-chars'
const APP = { 'X-Requested-With': 'vendor-reliability' }
let shared: Awaited<ReturnType<typeof freshDatabase>>
let store: Store

beforeAll(async () => {
  shared = await freshDatabase('pglite', () => {
    throw new Error('PGlite only')
  })
  store = await openStore(shared.db)
}, 60_000)
afterAll(() => shared.dispose())
beforeEach(() => emptyStore(shared.db))

async function serve(connector: StoreConnector, authToken: string | null = null) {
  const app = createServer({
    storeApi: createStoreApi({ store: connector, authToken, log: () => {} }),
  })
  const { port } = await app.listen(0, '127.0.0.1')
  const call = (path: string, init: RequestInit = {}) =>
    fetch(`http://127.0.0.1:${port}${path}`, {
      ...init,
      headers: { ...APP, 'Content-Type': 'application/json', ...init.headers },
    })
  return { call, close: () => app.close() }
}

const vendor = (id: string): VendorConfig => ({
  id,
  name: `Vendor ${id}`,
  sources: [{ id: 's1', kind: 'url', url: 'https://status.vendor.test/history.rss' }],
  slaTarget: 99.9,
  excludedComponents: [],
  demo: false,
  addedAt: '2026-01-01T00:00:00.000Z',
})

describe('the workspace and history API', () => {
  it('writes the workspace over the version read, and answers a stale write with 409 and the newer state', async () => {
    const api = await serve(connectedStore(store))
    const put = (version: number, vendors: VendorConfig[]) =>
      api.call('/api/workspace', { method: 'PUT', body: JSON.stringify({ version, vendors }) })
    expect((await put(0, [vendor('a')])).status).toBe(200)
    const stale = await put(0, [vendor('b')])
    expect(stale.status).toBe(409)
    const conflict = (await stale.json()) as {
      error: { current: { version: number; vendors: { id: string }[] } }
    }
    expect(conflict.error.current.version).toBe(1)
    expect(conflict.error.current.vendors.map((v) => v.id)).toEqual(['a'])
    const patch = await api.call('/api/workspace', {
      method: 'PATCH',
      body: JSON.stringify({ version: 1, upsert: [vendor('c')], remove: ['a'] }),
    })
    expect(
      ((await patch.json()) as { vendors: { id: string }[] }).vendors.map((v) => v.id),
    ).toEqual(['c'])
    await api.close()
  })

  it('stores incidents a browser parsed and serves them by vendor and period', async () => {
    const api = await serve(connectedStore(store))
    const parsed = parseFeed(
      statuspageRss([
        incident('p1', '2026-02-01T10:00:00Z', 30),
        incident('p2', '2026-04-01T10:00:00Z', 30),
      ]),
    )
    if (!parsed.ok) throw new Error('fixture does not parse')
    const post = await api.call('/api/history', {
      method: 'POST',
      body: JSON.stringify({
        vendorId: 'a',
        sourceId: 'paste-1',
        incidents: parsed.feed.incidents,
      }),
    })
    expect(await post.json()).toEqual({ added: 2, updated: 0, unchanged: 0 })
    const period = await api.call(
      '/api/history?vendor=a&from=2026-03-01T00:00:00Z&to=2026-05-01T00:00:00Z',
    )
    expect(
      ((await period.json()) as { incidents: { id: string }[] }).incidents.map((i) => i.id),
    ).toEqual(['p2'])
    await api.close()
  })

  it('answers bad bodies with a 400 that names the problem, and bounds sizes and types', async () => {
    const api = await serve(connectedStore(store))
    const bad = await api.call('/api/history', {
      method: 'POST',
      body: JSON.stringify({ vendorId: 'a', sourceId: 's', incidents: [{ id: 'x' }] }),
    })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(
      /incidents\.0\.\w+/,
    )
    const notJson = await api.call('/api/workspace', { method: 'PUT', body: '{"version":' })
    expect(notJson.status).toBe(400)
    const huge = await api.call('/api/workspace', {
      method: 'PUT',
      body: `{"pad":"${'x'.repeat(3 * 1024 * 1024)}"}`,
    })
    expect(huge.status).toBe(413)
    const form = await api.call('/api/workspace', {
      method: 'PUT',
      body: 'version=0',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(form.status).toBe(415)
    expect((await api.call('/api/history?vendor=a&from=yesterday')).status).toBe(400)
    await api.close()
  })

  it('refuses writes from other sites', async () => {
    const api = await serve(connectedStore(store))
    const body = JSON.stringify({ version: 0, vendors: [] })
    const crossSite = await api.call('/api/workspace', {
      method: 'PUT',
      body,
      headers: { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.test' },
    })
    expect(crossSite.status).toBe(403)
    const noAppHeader = await fetch((await api.call('/api/workspace')).url, {
      method: 'PUT',
      body,
      headers: { 'Content-Type': 'application/json' },
    })
    expect(noAppHeader.status).toBe(403)
    expect(await store.readWorkspace()).toMatchObject({ version: 0 })
    await api.close()
  })

  it('needs the token on every API call when AUTH_TOKEN is set, the proxy included', async () => {
    const api = await serve(connectedStore(store), TOKEN)
    const unsigned = await api.call('/api/workspace')
    expect(unsigned.status).toBe(401)
    expect(unsigned.headers.get('www-authenticate')).toBe('Bearer')
    expect((await api.call('/api/feed?url=https://example.com/')).status).toBe(401)
    expect(
      (
        await api.call('/api/workspace', {
          headers: { Authorization: 'Bearer wrong-token-wrong-token' },
        })
      ).status,
    ).toBe(401)
    expect(
      (await api.call('/api/workspace', { headers: { Authorization: `Bearer ${TOKEN}` } })).status,
    ).toBe(200)
    const health = (await (await api.call('/api/health')).json()) as Record<string, unknown>
    expect(health).toEqual({ status: 'ok', store: { state: 'ready' } })
    await api.close()
  })

  it('answers 503 with the reason while the store is unavailable, health included', async () => {
    const down: StoreConnector = {
      current: () => undefined,
      state: () => ({
        state: 'unavailable',
        message: 'PostgreSQL at 127.0.0.1:1/x cannot be reached',
      }),
      firstAttempt: Promise.resolve(),
      close: async () => {},
    }
    const api = await serve(down)
    const workspace = await api.call('/api/workspace')
    expect(workspace.status).toBe(503)
    expect(workspace.headers.get('retry-after')).toBe('5')
    expect(((await workspace.json()) as { error: { message: string } }).error.message).toMatch(
      /cannot be reached/,
    )
    expect((await api.call('/api/health')).status).toBe(503)
    await api.close()
  })

  it('answers at once while the store opens after the server listens: 503 and "connecting" until it is open', async () => {
    let listened = () => {}
    const listening = new Promise<void>((resolve) => (listened = resolve))
    const connector = connectStore(async () => store, { after: listening })
    const api = await serve(connector)
    const health = await api.call('/api/health')
    expect(health.status).toBe(503)
    expect(await health.json()).toMatchObject({ store: { state: 'connecting' } })
    const starting = await api.call('/api/workspace')
    expect(starting.status).toBe(503)
    expect(await starting.json()).toMatchObject({
      error: { kind: 'store_unavailable', message: 'The store is starting.' },
    })
    listened()
    await connector.firstAttempt
    expect((await api.call('/api/health')).status).toBe(200)
    expect((await api.call('/api/workspace')).status).toBe(200)
    await api.close()
  })
})
