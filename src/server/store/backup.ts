import type { Database } from './database'
import { SCHEMA_VERSION } from './migrations'

const BACKUP_FORMAT = 'vendor-reliability-store'

/** Parents before children, so a restore satisfies every foreign key as it goes. */
export const BACKUP_TABLES = [
  'workspace',
  'vendors',
  'sources',
  'excluded_components',
  'backfill_state',
  'incidents',
  'submitted_incidents',
  'raw_captures',
  'source_captures',
  'source_polls',
  'source_coverage',
] as const

export interface Backup {
  format: typeof BACKUP_FORMAT
  schemaVersion: number
  exportedAt: string
  tables: Record<(typeof BACKUP_TABLES)[number], unknown[]>
}

/** Every row of the store, read in one transaction so the copy is consistent. */
export function exportStore(db: Database, now: Date = new Date()): Promise<Backup> {
  return db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ')
    const tables = {} as Backup['tables']
    for (const table of BACKUP_TABLES) {
      const [row] = await tx.query<{ rows: unknown[] }>(
        `SELECT coalesce(jsonb_agg(t), '[]'::jsonb) AS rows FROM ${table} t`,
      )
      tables[table] = row?.rows ?? []
    }
    return {
      format: BACKUP_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: now.toISOString(),
      tables,
    }
  })
}

/**
 * Restores a backup in one transaction: all of it or nothing. The store must hold no history yet
 * unless `replace` is set, so a restore never silently mixes two archives.
 */
export async function importStore(db: Database, backup: Backup, replace: boolean): Promise<void> {
  if (backup.format !== BACKUP_FORMAT) throw new Error('This file is not a store backup.')
  if (backup.schemaVersion > SCHEMA_VERSION) {
    throw new Error(
      `The backup is of schema ${backup.schemaVersion}; this build knows up to ${SCHEMA_VERSION}.`,
    )
  }
  await db.transaction(async (tx) => {
    const [held] = await tx.query<{ n: number }>(
      'SELECT (SELECT count(*) FROM incidents) + (SELECT count(*) FROM raw_captures) AS n',
    )
    if (Number(held?.n ?? 0) > 0 && !replace) {
      throw new Error(
        'The store already holds history; pass --replace to overwrite it with the backup.',
      )
    }
    await tx.exec(`TRUNCATE ${BACKUP_TABLES.join(', ')} CASCADE`)
    for (const table of BACKUP_TABLES) {
      const rows = backup.tables[table] ?? []
      if (rows.length === 0) continue
      await tx.query(
        `INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`,
        [JSON.stringify(rows)],
      )
    }
  })
}
