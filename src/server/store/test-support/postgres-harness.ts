import { execFileSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { freePort } from './server-process'
import { systemUser } from './system-user'

/** The server binaries: PG_BIN, else the newest Debian-packaged version; null when none is installed. */
function findBinDir(): string | null {
  if (process.env.PG_BIN) return process.env.PG_BIN
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : []
  const found = versions
    .map((v) => join(root, v, 'bin'))
    .find((bin) => existsSync(join(bin, 'initdb')))
  return found ?? null
}

const MISSING =
  'PostgreSQL server binaries not found: install Debian\'s "postgresql" package (.ci/run does) or set PG_BIN.'

/**
 * Whether the store's PostgreSQL tests run here. Without PostgreSQL they are skipped with one note
 * (the PGlite ones still run); REQUIRE_POSTGRES=1, as .ci/run sets, makes a missing one a failure.
 */
export const POSTGRES_TESTS = (() => {
  if (findBinDir() !== null || process.env.REQUIRE_POSTGRES === '1') return true
  console.warn(`Skipping the store's PostgreSQL tests. ${MISSING}`)
  return false
})()

export interface PostgresServer {
  /** Connection string of the `postgres` database. */
  url: string
  port: number
  /** A new empty database on this server; its connection string. */
  createDatabase(name: string): Promise<string>
  /** Stops the server (the data stays), as a crash or an outage would. */
  stop(): void
  /** Starts it again on the same port. */
  start(): void
  /** Stops it and deletes its directory. */
  destroy(): void
}

/**
 * A throwaway PostgreSQL on a loopback port, in a temporary directory. initdb refuses root, so as
 * root the server runs as the `postgres` user that the package creates.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = findBinDir()
  if (bin === null) throw new Error(MISSING)
  const root = mkdtempSync(join(tmpdir(), 'vr-postgres-'))
  const data = join(root, 'data')
  // As root, the server's programs run as the package's `postgres` account, which owns the directory.
  const account = process.getuid?.() === 0 ? systemUser('postgres') : undefined
  if (account) chownSync(root, account.uid, account.gid)
  const run = (tool: string, args: string[]) =>
    execFileSync(join(bin, tool), args, { stdio: 'pipe', ...account })
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8'])
  const port = await freePort()
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`
  const start = () =>
    void run('pg_ctl', [
      '-D',
      data,
      '-o',
      options,
      '-l',
      join(root, 'log'),
      '-w',
      '-t',
      '60',
      'start',
    ])
  const stop = () => void run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
  start()
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`
  return {
    url,
    port,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      try {
        await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`)
      } finally {
        await client.end()
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`
    },
    stop,
    start,
    destroy() {
      try {
        stop()
      } catch {
        // already stopped
      }
      rmSync(root, { recursive: true, force: true })
    },
  }
}
