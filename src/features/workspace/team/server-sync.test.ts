import { afterEach, describe, expect, it, vi } from 'vitest'
import { makeIncident } from '../archive/__fixtures__/archive-fixtures'
import { createArchive } from '../archive/create-archive'
import { createFakeStorage } from '../settings/__fixtures__/fake-storage'
import type { VendorConfig } from '../settings/settings-schema'
import { createSettingsStore } from '../settings/settings-store'
import type { ServerWorkspace } from './server-client'
import type { BackfillRequest } from './server-backfill'
import { createServerSync, SERVER_SOURCE_ID, type SyncState } from './server-sync'

const vendor = (id: string, demo = false): VendorConfig => ({
  id,
  name: `Vendor ${id}`,
  sources: [{ id: 's1', kind: 'url', url: 'https://status.vendor.test/history.atom' }],
  slaTarget: 99.9,
  excludedComponents: [],
  demo,
  addedAt: '2026-01-01T00:00:00.000Z',
})

/** A stand-in for the server's API: a workspace with a version, history per vendor, a status override. */
function fakeServer(initial: VendorConfig[]) {
  const state = {
    workspace: { version: 3, updatedAt: '', vendors: initial, backfill: [] } as ServerWorkspace,
    down: 0,
    /** Writes answered 409 whatever version they name (someone else keeps writing first). */
    stale: 0,
    posts: [] as { path: string; body: unknown; auth: string | null }[],
  }
  const answer = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
  const fetch = vi.fn(async (path: string, init: RequestInit = {}) => {
    const headers = init.headers as Record<string, string>
    if (state.down)
      return answer(state.down, { error: { kind: 'x', message: `answered ${state.down}` } })
    if (init.method === 'PUT') {
      const body = JSON.parse(String(init.body)) as ServerWorkspace
      state.posts.push({ path, body, auth: headers.Authorization ?? null })
      if (state.stale > 0 || body.version !== state.workspace.version) {
        state.stale = Math.max(0, state.stale - 1)
        return answer(409, {
          error: { kind: 'version_conflict', message: 'stale', current: state.workspace },
        })
      }
      const { vendors, backfill = [] } = body
      state.workspace = { ...state.workspace, version: body.version + 1, vendors, backfill }
      return answer(200, state.workspace)
    }
    if (init.method === 'POST') {
      state.posts.push({ path, body: JSON.parse(String(init.body)), auth: null })
      return answer(200, { added: 1, updated: 0, unchanged: 0 })
    }
    if (path === '/api/workspace') return answer(200, state.workspace)
    const incidents = [makeIncident({ id: 'remote-1', start: '2026-02-01T10:00:00Z' })]
    const intervals = [{ from: '2026-01-01T00:00:00.000Z', to: '2026-02-02T00:00:00.000Z' }]
    return answer(200, { vendorId: 'a', incidents, sources: [{ sourceId: 's1', intervals }] })
  })
  vi.stubGlobal('fetch', fetch)
  return state
}

async function setUp(local: VendorConfig[] = []) {
  const settings = createSettingsStore({ storage: createFakeStorage() })
  settings.update((s) => ({ ...s, vendors: local }))
  const archive = await createArchive()
  const onHistory = vi.fn()
  const sync = createServerSync({ settings, archive, onHistory, refreshMs: 3_600_000 })
  return { settings, archive, onHistory, sync }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20))

afterEach(() => vi.unstubAllGlobals())

describe('the server as the source of truth', () => {
  it("replaces this browser's workspace with the server's and caches its history", async () => {
    fakeServer([vendor('a')])
    const { settings, archive, onHistory, sync } = await setUp([vendor('local', true)])
    sync.start()
    await vi.waitFor(() => expect(sync.status().state).toBe('online'))
    expect(settings.get().vendors.map((v) => v.id)).toEqual(['a'])
    const history = await archive.readVendor('a')
    expect(history.incidentsBySource.get(SERVER_SOURCE_ID)?.map((i) => i.id)).toEqual(['remote-1'])
    expect(history.coverage.from).toBe('2026-01-01T00:00:00.000Z')
    expect(onHistory).toHaveBeenCalled()
    sync.stop()
  })

  it('writes a local edit over the version read, and shows the newer state after a stale write', async () => {
    const server = fakeServer([vendor('a')])
    const { settings, sync } = await setUp()
    sync.start()
    await vi.waitFor(() => expect(sync.status().state).toBe('online'))
    settings.update((s) => ({ ...s, vendors: [...s.vendors, vendor('b')] }))
    await vi.waitFor(() => expect(server.workspace.version).toBe(4))
    server.workspace = { ...server.workspace, version: 9, vendors: [vendor('z')] } // someone else
    settings.update((s) => ({ ...s, vendors: [vendor('c')] }))
    await vi.waitFor(() => expect(sync.status().conflict).toMatch(/Someone else changed/))
    expect(settings.get().vendors.map((v) => v.id)).toEqual(['z'])
    sync.stop()
  })

  it('stays local without a store, says when the store is down, and asks for a token on 401', async () => {
    const server = fakeServer([vendor('a')])
    server.down = 404
    const local = await setUp([vendor('mine')])
    local.sync.start()
    await vi.waitFor(() => expect(local.sync.status().state).toBe('local'))
    expect(local.settings.get().vendors.map((v) => v.id)).toEqual(['mine'])
    local.sync.stop()

    server.down = 503
    const down = await setUp([vendor('mine')])
    down.sync.start()
    await vi.waitFor(() =>
      expect(down.sync.status()).toMatchObject({ state: 'unavailable', message: 'answered 503' }),
    )
    down.settings.update((s) => ({ ...s, vendors: [] }))
    await settle()
    expect(server.posts).toEqual([]) // nothing is written while the store is down
    down.sync.stop()

    server.down = 401
    const token = createFakeStorage()
    vi.stubGlobal('sessionStorage', token)
    const locked = await setUp()
    locked.sync.start()
    await vi.waitFor(() => expect(locked.sync.status().state).toBe('signin'))
    server.down = 0
    await locked.sync.signIn(' a-token-of-twenty-chars ')
    expect(locked.sync.status().state).toBe('online')
    expect(token.getItem('vendor-reliability-server-token')).toBe('a-token-of-twenty-chars')
    locked.sync.stop()
  })

  it("offers this browser's own vendors for upload once, and sends them with their history", async () => {
    vi.stubGlobal('localStorage', createFakeStorage())
    const server = fakeServer([vendor('a')])
    const { archive, sync } = await setUp([vendor('mine'), vendor('demo', true)])
    await archive.mergeLoad(
      'mine',
      's1',
      {
        format: 'statuspage-atom',
        vendor: null,
        pageUrl: null,
        components: [],
        capturedAt: null,
        warnings: [],
        incidents: [makeIncident({ id: 'own-1' })],
        coverage: { from: null, to: null },
      },
      '2026-02-01T00:00:00.000Z',
    )
    sync.start()
    await vi.waitFor(() => expect(sync.status().uploadOffer.map((v) => v.id)).toEqual(['mine']))
    await sync.upload()
    expect(server.workspace.vendors.map((v) => v.id)).toEqual(['a', 'mine'])
    const submitted = server.posts.find((p) => p.path === '/api/history')?.body as {
      incidents: { id: string }[]
    }
    expect(submitted.incidents.map((i) => i.id)).toEqual(['own-1'])
    expect(sync.status().uploadOffer).toEqual([])
    const again = await setUp([vendor('other')])
    again.sync.start()
    await vi.waitFor(() => expect(again.sync.status().state).toBe('online'))
    expect(again.sync.status().uploadOffer).toEqual([]) // offered once per browser
    sync.stop()
    again.sync.stop()
  })

  it('sends what this browser imported itself to the team archive, once per change', async () => {
    const imported: VendorConfig = {
      ...vendor('a'),
      sources: [
        {
          id: 'file-1',
          kind: 'import',
          name: 'history.rss',
          importedAt: '2026-02-01T00:00:00.000Z',
        },
      ],
    }
    const server = fakeServer([imported])
    const { archive, sync } = await setUp()
    const feed = {
      format: 'statuspage-rss',
      vendor: null,
      pageUrl: null,
      components: [],
      capturedAt: null,
      warnings: [],
      coverage: { from: null, to: null },
    } as const
    await archive.mergeLoad(
      'a',
      'file-1',
      { ...feed, components: [], warnings: [], incidents: [makeIncident({ id: 'pasted-1' })] },
      '2026-02-01T00:00:00.000Z',
    )
    sync.start()
    await vi.waitFor(() => expect(sync.status().state).toBe('online'))
    const sent = () =>
      server.posts
        .filter((p) => p.path === '/api/history')
        .map((p) => (p.body as { sourceId: string }).sourceId)
    expect(sent()).toEqual(['file-1'])
    await sync.refresh() // nothing new to send
    expect(sent()).toEqual(['file-1'])
    sync.stop()
  })

  it('sends a refresh this browser parsed itself, only what is new or changed, and not again after a reload', async () => {
    vi.stubGlobal('localStorage', createFakeStorage())
    const server = fakeServer([vendor('a')])
    const { archive, sync } = await setUp()
    const feed = (incidents: ReturnType<typeof makeIncident>[]) => ({
      format: 'statuspage-atom' as const,
      vendor: null,
      pageUrl: null,
      components: [],
      capturedAt: null,
      warnings: [],
      incidents,
      coverage: { from: null, to: null },
    })
    const open = makeIncident({ id: 'r1', start: '2026-02-01T10:00:00Z', end: null })
    const old = makeIncident({ id: 'r2', start: '2026-01-05T10:00:00Z' })
    await archive.mergeLoad('a', 's1', feed([open, old]), '2026-02-01T10:05:00.000Z')
    const sent = () =>
      server.posts
        .filter((p) => p.path === '/api/history')
        .map((p) => (p.body as { incidents: { id: string }[] }).incidents.map((i) => i.id))
    sync.start()
    await vi.waitFor(() => expect(sync.status().state).toBe('online'))
    expect(sent()).toEqual([['r2', 'r1']])
    await sync.refresh()
    expect(sent()).toHaveLength(1) // an unchanged refresh sends nothing
    const resolved = { ...open, end: '2026-02-01T11:00:00Z', durationMinutes: 60 }
    await archive.mergeLoad('a', 's1', feed([resolved, old]), '2026-02-01T11:05:00.000Z')
    await sync.refresh()
    expect(sent()).toEqual([['r2', 'r1'], ['r1']])
    sync.stop()
    const reloaded = await setUp()
    await reloaded.archive.mergeLoad('a', 's1', feed([resolved, old]), '2026-02-01T11:05:00.000Z')
    reloaded.sync.start()
    await vi.waitFor(() => expect(reloaded.sync.status().state).toBe('online'))
    expect(sent()).toHaveLength(2)
    reloaded.sync.stop()
  })

  it('asks again within seconds while the store is starting, not at the next hourly refresh', async () => {
    const server = fakeServer([vendor('a')])
    server.down = 503
    const { settings, sync } = await setUp()
    sync.start()
    await vi.waitFor(() => expect(sync.status().state).toBe('unavailable'))
    server.down = 0
    await vi.waitFor(() => expect(sync.status().state).toBe('online'), { timeout: 5_000 })
    expect(settings.get().vendors.map((v) => v.id)).toEqual(['a'])
    sync.stop()
  })
})

const HISTORY_URL = 'https://status.vendor.test/history.json'
const request = (months: number): BackfillRequest => ({
  vendorId: 'a',
  sourceId: 'h1',
  url: HISTORY_URL,
  base: 'https://status.vendor.test',
  months,
})
const puts = (server: ReturnType<typeof fakeServer>) =>
  server.posts.filter((p) => p.path === '/api/workspace').map((p) => p.body as ServerWorkspace)

/** A sync started against the fake server, once it is in `state`. */
async function startedIn(state: SyncState, local: VendorConfig[] = []) {
  const running = await setUp(local)
  running.sync.start()
  await vi.waitFor(() => expect(running.sync.status().state).toBe(state))
  return running
}

describe("a backfill started while online goes to the server's collector", () => {
  it('is written over the version read with its history source, and a longer span extends it', async () => {
    const server = fakeServer([vendor('a')])
    const { settings, sync } = await startedIn('online')
    expect(await sync.requestBackfill(request(6))).toEqual({ ok: true })
    expect(server.workspace.backfill).toEqual([
      { vendorId: 'a', sourceId: 'h1', state: { base: 'https://status.vendor.test', months: 6 } },
    ])
    const sources = () => settings.get().vendors[0]?.sources.map((s) => s.id)
    expect(server.workspace.vendors[0]?.sources.map((s) => s.id)).toEqual(['s1', 'h1'])
    expect(sources()).toEqual(['s1', 'h1'])
    expect(await sync.requestBackfill(request(12))).toEqual({ ok: true })
    expect(server.workspace.backfill.map((b) => b.state.months)).toEqual([12])
    expect(puts(server).map((p) => p.version)).toEqual([3, 4])
    // A later edit of the vendors keeps the backfill the server holds.
    settings.update((s) => ({ ...s, vendors: [...s.vendors, vendor('b')] }))
    await vi.waitFor(() => expect(server.workspace.version).toBe(6))
    expect(server.workspace.backfill.map((b) => b.state.months)).toEqual([12])
    sync.stop()
  })

  it("re-reads the workspace after a stale write and tries once more, keeping the other writer's change", async () => {
    const server = fakeServer([vendor('a')])
    const { settings, sync } = await startedIn('online')
    server.workspace = { ...server.workspace, version: 9, vendors: [vendor('a'), vendor('z')] }
    expect(await sync.requestBackfill(request(6))).toEqual({ ok: true })
    expect(puts(server).map((p) => p.version)).toEqual([3, 9])
    expect(server.workspace.vendors.map((v) => v.id)).toEqual(['a', 'z'])
    expect(server.workspace.backfill.map((b) => b.sourceId)).toEqual(['h1'])
    expect(settings.get().vendors.map((v) => v.id)).toEqual(['a', 'z'])
    expect(settings.get().vendors[0]?.sources.map((s) => s.id)).toEqual(['s1', 'h1'])

    server.stale = 2 // stale twice: it gives up after the one retry and says why
    expect(await sync.requestBackfill(request(12))).toEqual({ ok: false, message: 'stale' })
    expect(puts(server)).toHaveLength(4)
    expect(server.workspace.backfill.map((b) => b.state.months)).toEqual([6])
    sync.stop()
  })

  it('waits for a vendor edit made just before, so neither write is stale', async () => {
    const server = fakeServer([vendor('a')])
    const { settings, sync } = await startedIn('online')
    settings.update((s) => ({ ...s, vendors: [...s.vendors, vendor('b')] }))
    expect(await sync.requestBackfill(request(3))).toEqual({ ok: true })
    expect(puts(server).map((p) => p.version)).toEqual([3, 4])
    expect(server.workspace.vendors.map((v) => v.id)).toEqual(['a', 'b'])
    expect(sync.status().conflict).toBeNull()
    sync.stop()
  })

  it('writes nothing in local mode, and says so when the vendor is gone from the workspace', async () => {
    const server = fakeServer([vendor('a')])
    server.down = 404
    const local = await startedIn('local', [vendor('a')])
    expect(await local.sync.requestBackfill(request(6))).toMatchObject({ ok: false })
    expect(server.posts).toEqual([])
    local.sync.stop()

    server.down = 0
    const connected = await startedIn('online')
    expect(await connected.sync.requestBackfill({ ...request(6), vendorId: 'gone' })).toEqual({
      ok: false,
      message: 'The vendor is no longer in the shared workspace.',
    })
    connected.sync.stop()
  })
})
