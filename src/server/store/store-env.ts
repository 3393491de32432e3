import type { Env } from '../env'

export interface StoreSettings {
  /** PostgreSQL when set; otherwise PGlite under `dataDir`. */
  databaseUrl: string | null
  dataDir: string
  collectIntervalSeconds: number
  /** Every API call must carry `Authorization: Bearer <token>` when set. */
  authToken: string | null
  /** False with COLLECT=0: serve the API without polling (a read-only replica, tests). */
  collect: boolean
  /** COLLECT_LEASE_SECONDS: how long a process may hold a source before others take it over. */
  leaseSeconds: number | null
  /** False with STORE=0: the proxy and the app only, history kept in each browser as before. */
  enabled: boolean
  /** False with SEED_DEMO=0: an empty store starts with no demo workspace. */
  seedDemo: boolean
}

function positive(env: Env, name: string): number {
  const value = Number(env[name])
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number of seconds, got "${env[name]}"`)
  }
  return value
}

/** The store's and collector's variables; the caller passes `process.env`. */
export function parseStoreEnv(env: Env): StoreSettings {
  const interval = env.COLLECT_INTERVAL_SECONDS ? positive(env, 'COLLECT_INTERVAL_SECONDS') : 300
  const token = env.AUTH_TOKEN?.trim() ?? ''
  if (token !== '' && token.length < 16) {
    throw new Error('AUTH_TOKEN must be at least 16 characters long.')
  }
  return {
    databaseUrl: env.DATABASE_URL?.trim() || null,
    dataDir: env.DATA_DIR?.trim() || './data',
    collectIntervalSeconds: interval,
    authToken: token || null,
    collect: env.COLLECT !== '0' && env.COLLECT !== 'false',
    leaseSeconds: env.COLLECT_LEASE_SECONDS ? positive(env, 'COLLECT_LEASE_SECONDS') : null,
    enabled: env.STORE !== '0' && env.STORE !== 'false',
    seedDemo: env.SEED_DEMO !== '0' && env.SEED_DEMO !== 'false',
  }
}
