/** What the store's queries need from a connection: one statement at a time, rows back. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>
}

export const DATABASE_KINDS = ['pglite', 'postgres'] as const
export type DatabaseKind = (typeof DATABASE_KINDS)[number]

/** PGlite or PostgreSQL behind the same calls: the store never knows which one it has. */
export interface Database extends Queryable {
  kind: DatabaseKind
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/** The store could not be reached or refused the work; the API answers 503 with this message. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError'
}

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
])

/** Errors that mean "the database is not there", as opposed to a bug in a query. */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return true
  const code = (error as { code?: unknown })?.code
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true
  const message = error instanceof Error ? error.message : String(error)
  return /Connection terminated|connection timeout|Client has encountered a connection error|PGlite is closed/i.test(
    message,
  )
}
