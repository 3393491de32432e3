import type { Queryable } from './database'

/** The tables whose rows are worked on by one process at a time, and the column that says when. */
const LEASED = {
  source_polls: { alias: 'p', due: 'next_poll_at' },
  backfill_state: { alias: 'b', due: 'next_run_at' },
} as const

export interface Lease {
  owner: string
  now: Date
  until: Date
}

/**
 * Leases up to `limit` due rows of `table` (keyed by vendor and source) to `lease.owner` until
 * `lease.until`, returning `columns` of each (the table's alias is `p` for polls, `b` for
 * backfills). Rows another process is claiming are skipped, not waited for; a lease whose holder
 * died lapses at its expiry and is claimed again.
 */
export function claimDueRows<Row>(
  db: Queryable,
  table: keyof typeof LEASED,
  columns: string,
  lease: Lease,
  limit: number,
): Promise<Row[]> {
  const { alias, due } = LEASED[table]
  return db.query<Row>(
    `UPDATE ${table} ${alias} SET lease_owner = $1, lease_expires_at = $2
       FROM (SELECT vendor_id, source_id FROM ${table}
              WHERE ${due} <= $3 AND (lease_expires_at IS NULL OR lease_expires_at <= $3)
              ORDER BY ${due} LIMIT $4 FOR UPDATE SKIP LOCKED) due
      WHERE ${alias}.vendor_id = due.vendor_id AND ${alias}.source_id = due.source_id
      RETURNING ${columns}`,
    [lease.owner, lease.until, lease.now, limit],
  )
}
