import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { VendorConfig } from '../../features/workspace/settings/settings-schema'
import type { Database } from './database'
import { exportStore, importStore, type Backup } from './backup'
import { ingestBody } from './ingest'
import { reparseAll } from './reparse'
import { migrate, SCHEMA_VERSION } from './migrations'
import { claimDueSources } from './poll-repo'
import { createStore, openStore, type Store } from './store'
import { incident, statuspageRss } from './test-support/feeds'
import { POSTGRES_TESTS, startPostgres, type PostgresServer } from './test-support/postgres-harness'
import { BACKENDS, emptyStore, freshDatabase } from './test-support/store-fixtures'

let server: PostgresServer | undefined
beforeAll(async () => {
  if (POSTGRES_TESTS) server = await startPostgres()
}, 120_000)
afterAll(() => server?.destroy())

const vendor = (id: string, urls: string[]): VendorConfig => ({
  id,
  name: `Vendor ${id}`,
  sources: urls.map((url, index) => ({ id: `${id}-s${index}`, kind: 'url', url })),
  slaTarget: 99.9,
  excludedComponents: ['Docs'],
  demo: false,
  addedAt: '2026-01-01T00:00:00.000Z',
})

const capture = (body: string, at: string) => ({
  vendorId: 'v1',
  sourceId: 'v1-s0',
  location: 'https://status.vendor.test/history.rss',
  body,
  contentType: 'application/rss+xml',
  fetchedAt: new Date(at),
  live: true,
})

// Without PostgreSQL installed only the PGlite half runs; postgres-harness.ts prints what to install.
const usable = (backend: (typeof BACKENDS)[number]) => backend === 'pglite' || POSTGRES_TESTS

describe.each(BACKENDS.filter(usable))('the store on %s', (backend) => {
  let shared: Awaited<ReturnType<typeof freshDatabase>> | undefined
  beforeAll(async () => {
    shared = await freshDatabase(backend, () => server!)
  }, 60_000)
  afterAll(() => shared?.dispose())

  async function withStore(test: (store: Store, db: Database) => Promise<void>) {
    const db = shared!.db
    const store = await openStore(db)
    await emptyStore(db)
    await test(store, db)
  }

  it('applies every migration once, however often it starts', () =>
    withStore(async (_store, db) => {
      expect(await migrate(db)).toBe(SCHEMA_VERSION)
      const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations')
      expect(rows[0]?.n).toBe(SCHEMA_VERSION)
    }))

  it('saves the workspace over the version read and refuses a stale one with the newer state', () =>
    withStore(async (store) => {
      const first = await store.saveWorkspace(
        { vendors: [vendor('v1', ['https://a.test/x'])], backfill: [] },
        0,
      )
      expect(first.ok && first.workspace.version).toBe(1)
      const stale = await store.saveWorkspace({ vendors: [], backfill: [] }, 0)
      expect(stale.ok).toBe(false)
      expect(!stale.ok && stale.current.vendors.map((v) => v.id)).toEqual(['v1'])
      const read = await store.readWorkspace()
      expect(read.vendors[0]).toEqual(vendor('v1', ['https://a.test/x']))
    }))

  it('polls exactly the URL sources of the workspace, and forgets removed ones', () =>
    withStore(async (store) => {
      await store.saveWorkspace(
        { vendors: [vendor('v1', ['https://a.test/x', 'https://b.test/y'])], backfill: [] },
        0,
      )
      expect((await store.pollStatus()).map((s) => s.url)).toEqual([
        'https://a.test/x',
        'https://b.test/y',
      ])
      await store.saveWorkspace({ vendors: [vendor('v1', ['https://a.test/x'])], backfill: [] }, 1)
      expect((await store.pollStatus()).map((s) => s.url)).toEqual(['https://a.test/x'])
    }))

  it('keeps each distinct body once, merges by incident id and never drops what a later body lacks', () =>
    withStore(async (store, db) => {
      const open = statuspageRss([
        incident('aaa1', '2026-03-01T10:00:00Z'),
        incident('aaa2', '2026-03-02T10:00:00Z', 30),
      ])
      const resolved = statuspageRss([incident('aaa1', '2026-03-01T10:00:00Z', 90)])
      const first = await db.transaction((tx) =>
        ingestBody(tx, capture(open, '2026-03-02T12:00:00Z')),
      )
      expect(first.status === 'parsed' && first.counts).toEqual({
        added: 2,
        updated: 0,
        unchanged: 0,
      })
      const again = await db.transaction((tx) =>
        ingestBody(tx, capture(open, '2026-03-02T12:05:00Z')),
      )
      expect(again.status).toBe('unchanged')
      const later = await db.transaction((tx) =>
        ingestBody(tx, capture(resolved, '2026-03-02T12:10:00Z')),
      )
      expect(later.status === 'parsed' && later.counts).toEqual({
        added: 0,
        updated: 1,
        unchanged: 0,
      })
      const history = await store.readHistory({ vendorId: 'v1' })
      expect(history.incidents.map((i) => [i.id, i.end])).toEqual([
        ['aaa1', '2026-03-01T11:30:00Z'],
        ['aaa2', '2026-03-02T10:30:00Z'],
      ])
      expect((await store.size()).captures).toBe(2)
      expect(history.sources[0]?.intervals).toEqual([
        { from: '2026-03-01T10:00:00.000Z', to: '2026-03-02T12:10:00.000Z' },
      ])
    }))

  it('answers a period with the incidents that overlap it, open ones included', () =>
    withStore(async (store, db) => {
      const body = statuspageRss([
        incident('old1', '2025-01-05T10:00:00Z', 60),
        incident('mid1', '2025-06-05T10:00:00Z', 60),
        incident('open1', '2025-02-01T10:00:00Z'),
      ])
      await db.transaction((tx) => ingestBody(tx, capture(body, '2025-07-01T00:00:00Z')))
      const period = await store.readHistory({
        vendorId: 'v1',
        from: '2025-03-01T00:00:00Z',
        to: '2025-07-01T00:00:00Z',
      })
      expect(period.incidents.map((i) => i.id)).toEqual(['open1', 'mid1'])
    }))

  it('rolls a failed write back whole: no capture and no incident of it remain', () =>
    withStore(async (store, db) => {
      const body = statuspageRss([incident('rb1', '2026-03-01T10:00:00Z', 5)])
      await expect(
        db.transaction(async (tx) => {
          await ingestBody(tx, capture(body, '2026-03-01T11:00:00Z'))
          throw new Error('killed mid-poll')
        }),
      ).rejects.toThrow('killed mid-poll')
      expect(await store.size()).toEqual({ incidents: 0, captures: 0, captureBytes: 0 })
    }))

  it('leases a due source to one claimant at a time, and again once the lease lapses', () =>
    withStore(async (store, db) => {
      await store.saveWorkspace(
        {
          vendors: [vendor('v1', ['https://a.test/1', 'https://a.test/2', 'https://a.test/3'])],
          backfill: [],
        },
        0,
      )
      const now = new Date(Date.now() + 1_000)
      const until = new Date(now.getTime() + 60_000)
      const [a, b] = await Promise.all([
        claimDueSources(db, 'a', now, until, 2),
        claimDueSources(db, 'b', now, until, 2),
      ])
      const claimed = [...a, ...b].map((s) => s.url).sort()
      expect(claimed).toEqual(['https://a.test/1', 'https://a.test/2', 'https://a.test/3'])
      expect(await claimDueSources(db, 'c', now, until, 10)).toEqual([])
      const afterExpiry = await claimDueSources(db, 'c', new Date(until.getTime() + 1), until, 10)
      expect(afterExpiry).toHaveLength(3)
    }))

  it("keeps a backfill's whole row (progress, errors, lease) through a workspace write", () =>
    withStore(async (store, db) => {
      const base = 'https://a.test'
      const backfill = [{ vendorId: 'v1', sourceId: 'v1-s0', state: { base, months: 3 } }]
      const vendors = [vendor('v1', [`${base}/history.json`])]
      await store.saveWorkspace({ vendors, backfill }, 0)
      await db.query(
        `UPDATE backfill_state SET state = jsonb_set(state, '{pagesFetched}', '4'), failures = 2,
           last_error = 'History page 5 could not be fetched', lease_owner = 'p1',
           lease_expires_at = now() + interval '1 minute'`,
      )
      const row = () => db.query('SELECT to_jsonb(b) AS row FROM backfill_state b')
      const before = await row()
      await store.saveWorkspace({ vendors, backfill }, 1)
      expect(await row()).toEqual(before)
      await store.saveWorkspace({ vendors, backfill: [] }, 2)
      expect(await row()).toEqual([])
    }))

  it('seeds once, however many times it is asked', () =>
    withStore(async (_store, db) => {
      const store = createStore(db)
      let runs = 0
      const seed = async () => void (runs += 1)
      expect(await Promise.all([store.seedOnce(seed), store.seedOnce(seed)])).toContain(true)
      expect(await store.seedOnce(seed)).toBe(false)
      expect(runs).toBe(1)
    }))

  it('re-derives the same history from the raw captures and the submitted incidents', () =>
    withStore(async (store, db) => {
      const open = statuspageRss([incident('rp1', '2026-03-01T10:00:00Z')])
      const resolved = statuspageRss([incident('rp1', '2026-03-01T10:00:00Z', 20)])
      await db.transaction((tx) => ingestBody(tx, capture(open, '2026-03-01T10:05:00Z')))
      await db.transaction((tx) => ingestBody(tx, capture(resolved, '2026-03-01T10:30:00Z')))
      const pasted = {
        ...(await store.readHistory({ vendorId: 'v1' })).incidents[0]!,
        id: 'pasted1',
        url: null,
      }
      await store.submit({ vendorId: 'v1', sourceId: 'paste', incidents: [pasted] })
      const before = await store.readHistory({ vendorId: 'v1' })
      await db.query("UPDATE incidents SET incident = jsonb_set(incident, '{title}', '\"wrong\"')")
      const summary = await reparseAll(db)
      expect(summary).toEqual({ vendors: 1, captures: 2, unreadable: 0, incidents: 2 })
      expect(await store.readHistory({ vendorId: 'v1' })).toEqual(before)
    }))

  it('restores an exported backup into an empty store exactly, and refuses to mix archives', () =>
    withStore(async (store, db) => {
      await store.saveWorkspace({ vendors: [vendor('v1', ['https://a.test/x'])], backfill: [] }, 0)
      const body = statuspageRss([incident('bk1', '2026-03-01T10:00:00Z', 15)])
      await db.transaction((tx) => ingestBody(tx, capture(body, '2026-03-01T11:00:00Z')))
      const backup = await exportStore(db, new Date('2026-03-02T00:00:00Z'))
      const history = await store.readHistory({ vendorId: 'v1' })
      await expect(importStore(db, backup, false)).rejects.toThrow(/--replace/)
      await emptyStore(db)
      await importStore(db, JSON.parse(JSON.stringify(backup)) as Backup, false)
      expect(await store.readHistory({ vendorId: 'v1' })).toEqual(history)
      expect(await exportStore(db, new Date('2026-03-02T00:00:00Z'))).toEqual(backup)
    }))
})
