import type { Database } from './database'
import { openPglite } from './pglite-database'
import { checkReachable, openPostgres } from './pg-database'
import type { StoreSettings } from './store-env'

/** PostgreSQL when DATABASE_URL is set, else the embedded PGlite under DATA_DIR. */
export async function openDatabase(
  settings: Pick<StoreSettings, 'databaseUrl' | 'dataDir'>,
  log?: (entry: Record<string, unknown>) => void,
): Promise<Database> {
  if (!settings.databaseUrl) return openPglite(settings.dataDir)
  const db = openPostgres({ connectionString: settings.databaseUrl, log })
  try {
    await checkReachable(db, settings.databaseUrl)
  } catch (error) {
    await db.close().catch(() => {})
    throw error
  }
  return db
}
