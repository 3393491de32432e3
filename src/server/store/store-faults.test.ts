import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { VendorConfig } from '../../features/workspace/settings/settings-schema'
import { startFeedUpstream, type FeedUpstream } from '../collector/test-support/feed-upstream'
import { openPglite } from './pglite-database'
import { reparseAll } from './reparse'
import { openStore } from './store'
import { incident, statuspageRss } from './test-support/feeds'
import { POSTGRES_TESTS, startPostgres, type PostgresServer } from './test-support/postgres-harness'
import { startServerProcess, type ServerProcess } from './test-support/server-process'

let pg: PostgresServer
let upstream: FeedUpstream
const processes: ServerProcess[] = []
const dirs: string[] = []

beforeAll(async () => {
  if (POSTGRES_TESTS) pg = await startPostgres()
  upstream = await startFeedUpstream()
}, 120_000)
afterAll(async () => {
  await Promise.all(processes.map((p) => p.stop()))
  await upstream?.close()
  pg?.destroy()
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'vr-faults-'))
  dirs.push(dir)
  return dir
}

const vendorWith = (paths: string[]): VendorConfig => ({
  id: 'acme',
  name: 'Acme',
  sources: paths.map((path) => ({ id: path, kind: 'url', url: upstream.url(path) })),
  slaTarget: 99.9,
  excludedComponents: [],
  demo: false,
  addedAt: '2026-01-01T00:00:00.000Z',
})

async function start(env: Record<string, string>) {
  const server = await startServerProcess({
    COLLECT_INTERVAL_SECONDS: '1',
    SEED_DEMO: '0',
    PROXY_ALLOW_HOSTS: upstream.host,
    ...env,
  })
  processes.push(server)
  return server
}

const historyIds = async (server: ServerProcess) => {
  const response = await server.call('/api/history?vendor=acme')
  if (response.status !== 200) return []
  return ((await response.json()) as { incidents: { id: string }[] }).incidents.map((i) => i.id)
}

describe('store faults', () => {
  it.skipIf(!POSTGRES_TESTS)(
    'answers 503 while PostgreSQL is down at start or mid-run, and the collector resumes after',
    async () => {
      const url = await pg.createDatabase('faults')
      upstream.publish('/f.rss', statuspageRss([incident('f1', '2026-05-01T10:00:00Z', 30)]))
      pg.stop()
      const server = await start({ DATABASE_URL: url })
      await server.waitFor(async () => server.output().includes('"listening"'), 60_000)
      const down = await server.call('/api/workspace')
      expect(down.status).toBe(503)
      expect(((await down.json()) as { error: { message: string } }).error.message).toMatch(
        /cannot be reached/,
      )
      expect((await server.call('/api/health')).status).toBe(503)

      pg.start()
      await server.waitFor(async () => (await server.call('/api/health')).status === 200)
      const put = await server.call('/api/workspace', {
        method: 'PUT',
        body: JSON.stringify({ version: 0, vendors: [vendorWith(['/f.rss'])] }),
      })
      expect(put.status).toBe(200)
      await server.waitFor(async () => (await historyIds(server)).includes('f1'))

      pg.stop()
      await server.waitFor(async () => (await server.call('/api/workspace')).status === 503)
      expect((await server.call('/api/health')).status).toBe(503)
      upstream.publish('/f.rss', statuspageRss([incident('f2', '2026-05-02T10:00:00Z')]))
      pg.start()
      await server.waitFor(async () => (await historyIds(server)).includes('f2'))
      expect(await historyIds(server)).toEqual(['f1', 'f2'])
      await server.stop()
    },
    120_000,
  )

  it('refuses a read-only data directory with a clear error', async () => {
    const dir = tempDir()
    chmodSync(dir, 0o555)
    const asRoot = process.getuid?.() === 0 // root writes anywhere; another user cannot
    const server = await startServerProcess(
      { DATA_DIR: join(dir, 'data') },
      asRoot ? { asUser: 'postgres' } : {},
    )
    processes.push(server)
    expect(await server.exited).toBe(1)
    expect(server.output()).toMatch(/DATA_DIR \S+ is not writable by this process/)
  }, 60_000)

  it('leaves the embedded store consistent when the server is killed mid-poll', async () => {
    const dataDir = tempDir()
    const paths = Array.from({ length: 8 }, (_, index) => `/k${index}.rss`)
    // Every request publishes one more incident, so every poll writes.
    for (const path of paths) {
      upstream.publish(path, (count) =>
        statuspageRss(
          Array.from({ length: 30 + (count % 50) }, (_, n) =>
            incident(
              `${path.slice(1, 3)}n${n}`,
              new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString(),
              20,
            ),
          ),
        ),
      )
    }
    for (const round of [0, 1, 2]) {
      const server = await start({ DATA_DIR: dataDir })
      await server.waitFor(async () => (await server.call('/api/health')).status === 200, 60_000)
      if (round === 0) {
        const put = await server.call('/api/workspace', {
          method: 'PUT',
          body: JSON.stringify({ version: 0, vendors: [vendorWith(paths)] }),
        })
        expect(put.status).toBe(200)
      }
      const before = upstream.requests.length
      await server.waitFor(async () => upstream.requests.length >= before + paths.length)
      server.child.kill('SIGKILL')
      await server.exited
    }
    const db = await openPglite(dataDir)
    const store = await openStore(db)
    const stored = (await store.readHistory({ vendorId: 'acme' })).incidents.map((i) => i.id).sort()
    expect(stored.length).toBeGreaterThan(0)
    const orphans = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM source_captures c LEFT JOIN raw_captures r USING (sha256) WHERE r.sha256 IS NULL',
    )
    expect(orphans[0]?.n).toBe(0)
    // Each poll's capture and incidents were written together: replaying the captures gives the same.
    await reparseAll(db)
    expect(
      (await store.readHistory({ vendorId: 'acme' })).incidents.map((i) => i.id).sort(),
    ).toEqual(stored)
    await db.close()
  }, 180_000)
})
