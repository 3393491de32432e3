import pg from 'pg'
import { StoreUnavailableError, type Database, type Queryable } from './database'

export interface PostgresOptions {
  connectionString: string
  /** Connections per process; a poll cycle and the API share them. */
  maxConnections?: number
  connectTimeoutMs?: number
  log?: (entry: Record<string, unknown>) => void
}

const asQueryable = (client: pg.PoolClient | pg.Pool): Queryable => ({
  async query<Row>(sql: string, params: readonly unknown[] = []) {
    const result = await client.query(sql, params as unknown[])
    return result.rows as Row[]
  },
  async exec(sql: string) {
    await client.query(sql)
  },
})

/** A PostgreSQL server through `pg`; a lost connection surfaces as an error, never a crash. */
export function openPostgres(options: PostgresOptions): Database {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 5,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
  })
  // An idle client whose server went away emits here; unhandled, it would end the process.
  pool.on('error', (error) => options.log?.({ level: 'error', store: String(error.message) }))
  const direct = asQueryable(pool)
  return {
    kind: 'postgres',
    query: (sql, params) => direct.query(sql, params),
    exec: (sql) => direct.exec(sql),
    async transaction(work) {
      const client = await pool.connect()
      let broken: Error | undefined
      try {
        await client.query('BEGIN')
        const result = await work(asQueryable(client))
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => {
          broken = rollbackError
        })
        throw error
      } finally {
        client.release(broken)
      }
    },
    async close() {
      await pool.end()
    },
  }
}

/** Fails fast with a clear message when the server cannot be reached at start. */
export async function checkReachable(db: Database, url: string): Promise<void> {
  try {
    await db.query('SELECT 1')
  } catch (error) {
    const where = safeLocation(url)
    throw new StoreUnavailableError(
      `PostgreSQL at ${where} cannot be reached: ${(error as Error).message}`,
    )
  }
}

/** The host and database of a connection string, without user or password. */
function safeLocation(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`
  } catch {
    return 'the configured DATABASE_URL'
  }
}
