import { backfillProgress, type BackfillProgress } from '../../core/backfill/queue'
import type { BackfillState } from '../../core/backfill/plan'
import type { Queryable } from './database'
import { claimDueRows, type Lease } from './lease'

/** A backfill this process holds the lease on, with the state to resume from. */
export interface ClaimedBackfill {
  vendorId: string
  sourceId: string
  /** As stored: checked by the runner before it resumes. */
  state: unknown
  failures: number
  vendorName: string | null
}

type Key = Pick<ClaimedBackfill, 'vendorId' | 'sourceId'>

/** Leases up to `limit` due backfills, like the poll leases (see claimDueRows). */
export async function claimDueBackfills(
  db: Queryable,
  lease: Lease,
  limit: number,
): Promise<ClaimedBackfill[]> {
  const rows = await claimDueRows<{
    vendor_id: string
    source_id: string
    state: unknown
    failures: number | null
    vendor_name: string | null
  }>(
    db,
    'backfill_state',
    `b.vendor_id, b.source_id, b.state, b.failures,
      (SELECT name FROM vendors v WHERE v.id = b.vendor_id) AS vendor_name`,
    lease,
    limit,
  )
  return rows.map((row) => ({
    vendorId: row.vendor_id,
    sourceId: row.source_id,
    state: row.state,
    failures: row.failures ?? 0,
    vendorName: row.vendor_name,
  }))
}

/** Saves progress and renews the lease; false when `owner` no longer holds it. */
export async function saveBackfillState(
  db: Queryable,
  key: Key,
  owner: string,
  state: BackfillState,
  now: Date,
  leaseUntil: Date,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE backfill_state SET state = $4::jsonb, updated_at = $5, lease_expires_at = $6
      WHERE vendor_id = $1 AND source_id = $2 AND lease_owner = $3 RETURNING 1`,
    [key.vendorId, key.sourceId, owner, JSON.stringify(state), now, leaseUntil],
  )
  return rows.length > 0
}

export interface BackfillRunEnd {
  now: Date
  /** Null when the run reached its whole span. */
  error: string | null
  /** Null once complete; else when to try again. */
  nextRunAt: Date | null
}

/** Records how a run ended and releases the lease (a run that lost it records nothing). */
export async function finishBackfill(db: Queryable, key: Key, owner: string, end: BackfillRunEnd) {
  await db.query(
    `UPDATE backfill_state SET last_run_at = $4, next_run_at = $5, last_error = $6::text,
        last_error_at = CASE WHEN $6::text IS NULL THEN last_error_at ELSE $4 END,
        failures = CASE WHEN $6::text IS NULL THEN 0 ELSE coalesce(failures, 0) + 1 END,
        completed_at = CASE WHEN $5::timestamptz IS NULL THEN $4 ELSE NULL END,
        lease_owner = NULL, lease_expires_at = NULL
      WHERE vendor_id = $1 AND source_id = $2 AND lease_owner = $3`,
    [key.vendorId, key.sourceId, owner, end.now, end.nextRunAt, end.error],
  )
}

/** Gives a run back unfinished (the process stops): due as it was, for any process to resume. */
export async function releaseBackfill(db: Queryable, key: Key, owner: string) {
  await db.query(
    `UPDATE backfill_state SET lease_owner = NULL, lease_expires_at = NULL
      WHERE vendor_id = $1 AND source_id = $2 AND lease_owner = $3`,
    [key.vendorId, key.sourceId, owner],
  )
}

export interface BackfillStatus {
  vendorId: string
  sourceId: string
  base: string | null
  months: number | null
  progress: BackfillProgress | null
  lastRunAt: string | null
  nextRunAt: string | null
  completedAt: string | null
  lastError: string | null
  failures: number
  /** The process running it right now, if any. */
  leasedBy: string | null
}

const iso = (date: Date | null) => date?.toISOString() ?? null

/** Every backfill's progress and outcome, for the operator view. */
export async function readBackfillStatus(db: Queryable, now: Date): Promise<BackfillStatus[]> {
  const rows = await db.query<{
    vendor_id: string
    source_id: string
    state: BackfillState
    last_run_at: Date | null
    next_run_at: Date | null
    completed_at: Date | null
    last_error: string | null
    failures: number | null
    leased_by: string | null
  }>(
    `SELECT vendor_id, source_id, state, last_run_at, next_run_at, completed_at, last_error, failures,
            CASE WHEN lease_expires_at > now() THEN lease_owner END AS leased_by
       FROM backfill_state ORDER BY vendor_id, source_id`,
  )
  return rows.map((row) => {
    const whole = Array.isArray(row.state.pending) && Array.isArray(row.state.fetched)
    return {
      vendorId: row.vendor_id,
      sourceId: row.source_id,
      base: row.state.base ?? null,
      months: row.state.months ?? null,
      progress: whole ? backfillProgress(row.state, now.toISOString()) : null,
      lastRunAt: iso(row.last_run_at),
      nextRunAt: iso(row.next_run_at),
      completedAt: iso(row.completed_at),
      lastError: row.last_error,
      failures: row.failures ?? 0,
      leasedBy: row.leased_by,
    }
  })
}
