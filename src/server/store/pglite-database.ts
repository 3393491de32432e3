import { constants } from 'node:fs'
import { access, mkdir, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { StoreUnavailableError, type Database, type Queryable } from './database'
import { lockDataDir } from './data-dir-lock'

type PGliteLike = Pick<PGlite, 'query' | 'exec'>

const asQueryable = (client: PGliteLike): Queryable => ({
  async query<Row>(sql: string, params: readonly unknown[] = []) {
    const result = await client.query<Row>(sql, params as unknown[])
    return result.rows
  },
  async exec(sql: string) {
    await client.exec(sql)
  },
})

const PROBLEMS: Record<string, string> = {
  EACCES: 'is not writable by this process',
  EPERM: 'is not writable by this process',
  EROFS: 'is on a read-only file system',
  ENOSPC: 'is on a full disk',
  ENOTDIR: 'is not a directory',
  EEXIST: 'is not a directory',
}

/** A clear message for a data directory the embedded database cannot use. */
function dataDirProblem(dir: string, error: unknown): StoreUnavailableError {
  const code = (error as { code?: string })?.code ?? ''
  const problem = PROBLEMS[code] ?? `cannot be used (${(error as Error)?.message ?? error})`
  return new StoreUnavailableError(
    `DATA_DIR ${resolve(dir)} ${problem}; set DATA_DIR to a writable directory or DATABASE_URL to a PostgreSQL server.`,
  )
}

/** Writes and removes a file, so read-only and full disks are reported before PGlite starts. */
async function probeWritable(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true })
    await access(dir, constants.W_OK)
    const probe = join(dir, `.write-probe-${process.pid}`)
    await writeFile(probe, 'ok')
    await rm(probe)
  } catch (error) {
    throw dataDirProblem(dir, error)
  }
}

/** The embedded PostgreSQL (PGlite) with its files under `dir`; one process owns a directory. */
export async function openPglite(dir: string): Promise<Database> {
  await probeWritable(dir)
  const unlock = await lockDataDir(dir)
  let db: PGlite
  try {
    db = await PGlite.create(join(dir, 'pglite'))
  } catch (error) {
    await unlock()
    throw dataDirProblem(dir, error)
  }
  const direct = asQueryable(db)
  return {
    kind: 'pglite',
    query: (sql, params) => direct.query(sql, params),
    exec: (sql) => direct.exec(sql),
    transaction: (work) => db.transaction((tx) => work(asQueryable(tx))),
    close: () => db.close().finally(unlock),
  }
}
