import type { Database } from '../database'
import { migrate } from '../migrations'
import { openDatabase } from '../open-database'
import { parseStoreEnv } from '../store-env'

/**
 * Opens the store the environment names, brings its schema up to date, runs `work` and closes it.
 * A failure (a store in use by a running server, a bad variable, a refused import) prints its
 * message alone and sets a non-zero exit code: these commands are for people, not stack traces.
 */
export async function withStore(work: (db: Database) => Promise<void>): Promise<void> {
  let db: Database | undefined
  try {
    db = await openDatabase(parseStoreEnv(process.env))
    await migrate(db)
    await work(db)
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exitCode = 1
  } finally {
    await db?.close()
  }
}
