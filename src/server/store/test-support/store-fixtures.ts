import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Database } from '../database'
import { openPglite } from '../pglite-database'
import { openPostgres } from '../pg-database'
import type { PostgresServer } from './postgres-harness'

export const BACKENDS = ['pglite', 'postgres'] as const
export type Backend = (typeof BACKENDS)[number]

let databases = 0

/** A fresh, empty database of either kind, and how to throw it away. */
export async function freshDatabase(
  backend: Backend,
  server: () => PostgresServer,
): Promise<{ db: Database; dispose: () => Promise<void> }> {
  if (backend === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'vr-pglite-'))
    const db = await openPglite(dir)
    return {
      db,
      dispose: async () => {
        await db.close()
        rmSync(dir, { recursive: true, force: true })
      },
    }
  }
  databases += 1
  const url = await server().createDatabase(`store_${process.pid}_${databases}`)
  const db = openPostgres({ connectionString: url })
  return { db, dispose: () => db.close() }
}

/** Empties every table of a migrated store, so one database serves a whole suite. */
export async function emptyStore(db: Database): Promise<void> {
  await db.exec(`TRUNCATE vendors, sources, excluded_components, backfill_state, incidents,
    submitted_incidents, source_captures, raw_captures, source_polls, source_coverage CASCADE;
    UPDATE workspace SET version = 0, demo_seeded = false WHERE id = 1;`)
}
