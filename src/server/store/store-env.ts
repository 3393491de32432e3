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
  /** False with SEED_DEMO=0: an empty store starts with no demo workspace. */
  seedDemo: boolean
}

/** The store's and collector's variables; the caller passes `process.env`. */
export function parseStoreEnv(env: Env): StoreSettings {
  const interval = env.COLLECT_INTERVAL_SECONDS ? Number(env.COLLECT_INTERVAL_SECONDS) : 300
  if (!Number.isFinite(interval) || interval < 1) {
    throw new Error(
      `COLLECT_INTERVAL_SECONDS must be a number of seconds ≥ 1, got "${env.COLLECT_INTERVAL_SECONDS}"`,
    )
  }
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
    seedDemo: env.SEED_DEMO !== '0' && env.SEED_DEMO !== 'false',
  }
}
