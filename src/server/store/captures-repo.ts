import { createHash } from 'node:crypto'
import type { Queryable } from './database'

export interface Capture {
  vendorId: string
  sourceId: string
  location: string
  body: string
  contentType: string
  fetchedAt: Date
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/**
 * Keeps a fetched body once per distinct content and notes that this source returned it.
 * `seenBefore` is true when the source had already returned exactly this body.
 */
export async function storeCapture(
  tx: Queryable,
  capture: Capture,
): Promise<{ hash: string; seenBefore: boolean }> {
  const hash = sha256(capture.body)
  await tx.query(
    `INSERT INTO raw_captures (sha256, body, content_type, bytes, first_seen_at)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (sha256) DO NOTHING`,
    [hash, capture.body, capture.contentType, Buffer.byteLength(capture.body), capture.fetchedAt],
  )
  const [row] = await tx.query<{ inserted: boolean }>(
    `INSERT INTO source_captures (vendor_id, source_id, sha256, location, first_fetched_at, last_fetched_at)
     VALUES ($1, $2, $3, $4, $5, $5)
     ON CONFLICT (vendor_id, source_id, sha256) DO UPDATE SET last_fetched_at = EXCLUDED.last_fetched_at
     RETURNING (xmax = 0) AS inserted`,
    [capture.vendorId, capture.sourceId, hash, capture.location, capture.fetchedAt],
  )
  return { hash, seenBefore: row?.inserted === false }
}

export interface StoredCapture {
  vendorId: string
  sourceId: string
  location: string
  body: string
  fetchedAt: Date
}

/** A vendor's captures in the order they were first fetched (a reparse replays them so). */
export async function readCaptures(db: Queryable, vendorId: string): Promise<StoredCapture[]> {
  const rows = await db.query<{
    source_id: string
    location: string
    body: string
    first_fetched_at: Date
  }>(
    `SELECT c.source_id, c.location, r.body, c.first_fetched_at
       FROM source_captures c JOIN raw_captures r ON r.sha256 = c.sha256
      WHERE c.vendor_id = $1 ORDER BY c.first_fetched_at, c.sha256`,
    [vendorId],
  )
  return rows.map((row) => ({
    vendorId,
    sourceId: row.source_id,
    location: row.location,
    body: row.body,
    fetchedAt: row.first_fetched_at,
  }))
}
