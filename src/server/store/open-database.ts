import type { Database } from './database'
import type { StoreSettings } from './store-env'

/**
 * PostgreSQL when DATABASE_URL is set, else the embedded PGlite under DATA_DIR. The drivers are
 * imported here, on first use, so loading them (~70 ms) never delays the server's first answer.
 */
export async function openDatabase(
  settings: Pick<StoreSettings, 'databaseUrl' | 'dataDir'>,
  log?: (entry: Record<string, unknown>) => void,
): Promise<Database> {
  if (!settings.databaseUrl) {
    const { openPglite } = await import('./pglite-database')
    return openPglite(settings.dataDir)
  }
  const { checkReachable, openPostgres } = await import('./pg-database')
  const db = openPostgres({ connectionString: settings.databaseUrl, log })
  try {
    await checkReachable(db, settings.databaseUrl)
  } catch (error) {
    await db.close().catch(() => {})
    throw error
  }
  return db
}
