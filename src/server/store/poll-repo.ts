import type { Queryable } from './database'
import { claimDueRows } from './lease'
import type { SourcePollStatus } from '../../core/api/source-poll'

/** A source this process holds the lease on, with what the last poll left for the next one. */
export interface ClaimedSource {
  vendorId: string
  sourceId: string
  url: string
  etag: string | null
  lastModified: string | null
  feedFrom: Date | null
  failures: number
  /** The workspace's name for the vendor, given to the parser like the browser does. */
  vendorName: string | null
}

/** Leases up to `limit` due sources to `owner` until `leaseUntil` (see claimDueRows). */
export async function claimDueSources(
  db: Queryable,
  owner: string,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<ClaimedSource[]> {
  const rows = await claimDueRows<{
    vendor_id: string
    source_id: string
    url: string
    etag: string | null
    last_modified: string | null
    feed_from: Date | null
    failures: number
    vendor_name: string | null
  }>(
    db,
    'source_polls',
    `p.vendor_id, p.source_id, p.url, p.etag, p.last_modified, p.feed_from, p.failures,
      (SELECT name FROM vendors v WHERE v.id = p.vendor_id) AS vendor_name`,
    { owner, now, until: leaseUntil },
    limit,
  )
  return rows.map((row) => ({
    vendorId: row.vendor_id,
    sourceId: row.source_id,
    url: row.url,
    etag: row.etag,
    lastModified: row.last_modified,
    feedFrom: row.feed_from,
    failures: row.failures,
    vendorName: row.vendor_name,
  }))
}

export interface PollSuccess {
  etag: string | null
  lastModified: string | null
  feedFrom: Date | null
  changed: boolean
  now: Date
  nextPollAt: Date
  /** Set when the body was fetched but could not be read: the poll counts as failed. */
  error?: string
}

/** Records a finished poll and releases the lease, in the caller's transaction. */
export async function recordPoll(
  tx: Queryable,
  source: Pick<ClaimedSource, 'vendorId' | 'sourceId'>,
  result: PollSuccess,
): Promise<void> {
  await tx.query(
    `UPDATE source_polls SET etag = $3, last_modified = $4, feed_from = coalesce($5, feed_from),
        last_poll_at = $6, next_poll_at = $7, polls = polls + 1,
        last_success_at = CASE WHEN $8::text IS NULL THEN $6 ELSE last_success_at END,
        last_change_at = CASE WHEN $9 THEN $6 ELSE last_change_at END,
        last_error = $8::text, last_error_at = CASE WHEN $8::text IS NULL THEN last_error_at ELSE $6 END,
        failures = CASE WHEN $8::text IS NULL THEN 0 ELSE failures + 1 END,
        lease_owner = NULL, lease_expires_at = NULL
      WHERE vendor_id = $1 AND source_id = $2`,
    [
      source.vendorId,
      source.sourceId,
      result.etag,
      result.lastModified,
      result.feedFrom,
      result.now,
      result.nextPollAt,
      result.error ?? null,
      result.changed,
    ],
  )
}

/** Records a failed fetch: history untouched, the error kept, the next try pushed back. */
export async function recordFailure(
  db: Queryable,
  source: Pick<ClaimedSource, 'vendorId' | 'sourceId'>,
  error: string,
  now: Date,
  nextPollAt: Date,
): Promise<void> {
  await db.query(
    `UPDATE source_polls SET last_poll_at = $3, last_error = $4, last_error_at = $3,
        failures = failures + 1, polls = polls + 1, next_poll_at = $5,
        lease_owner = NULL, lease_expires_at = NULL
      WHERE vendor_id = $1 AND source_id = $2`,
    [source.vendorId, source.sourceId, now, error, nextPollAt],
  )
}

const iso = (date: Date | null) => date?.toISOString() ?? null

/** Every polled source's schedule and outcome, for the Vendors page and /api/health. */
export async function readPollStatus(db: Queryable): Promise<SourcePollStatus[]> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT vendor_id, source_id, url, last_poll_at, last_success_at, last_change_at, next_poll_at,
            last_error, last_error_at, failures, polls,
            CASE WHEN lease_expires_at > now() THEN lease_owner END AS leased_by
       FROM source_polls ORDER BY vendor_id, source_id`,
  )
  return rows.map((row) => ({
    vendorId: row.vendor_id as string,
    sourceId: row.source_id as string,
    url: row.url as string,
    lastPollAt: iso(row.last_poll_at as Date | null),
    lastSuccessAt: iso(row.last_success_at as Date | null),
    lastChangeAt: iso(row.last_change_at as Date | null),
    nextPollAt: (row.next_poll_at as Date).toISOString(),
    lastError: row.last_error as string | null,
    lastErrorAt: iso(row.last_error_at as Date | null),
    failures: row.failures as number,
    polls: row.polls as number,
    leasedBy: row.leased_by as string | null,
  }))
}
