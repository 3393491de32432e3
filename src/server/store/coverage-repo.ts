import type { Interval } from '../../features/workspace/archive/archive-types'
import { mergeIntervals } from '../../features/workspace/archive/intervals'
import type { Queryable } from './database'

/** Adds a span the source spoke for; overlapping spans join. */
export async function addCoverage(
  tx: Queryable,
  vendorId: string,
  sourceId: string,
  interval: Interval,
): Promise<void> {
  const [row] = await tx.query<{ intervals: Interval[] }>(
    'SELECT intervals FROM source_coverage WHERE vendor_id = $1 AND source_id = $2 FOR UPDATE',
    [vendorId, sourceId],
  )
  const intervals = mergeIntervals([...(row?.intervals ?? []), interval])
  await tx.query(
    `INSERT INTO source_coverage (vendor_id, source_id, intervals) VALUES ($1, $2, $3::jsonb)
     ON CONFLICT (vendor_id, source_id) DO UPDATE SET intervals = EXCLUDED.intervals`,
    [vendorId, sourceId, JSON.stringify(intervals)],
  )
}

/** Each source of a vendor with the spans it spoke for. */
export async function readCoverage(
  db: Queryable,
  vendorId: string,
): Promise<{ sourceId: string; intervals: Interval[] }[]> {
  const rows = await db.query<{ source_id: string; intervals: Interval[] }>(
    'SELECT source_id, intervals FROM source_coverage WHERE vendor_id = $1 ORDER BY source_id',
    [vendorId],
  )
  return rows.map((row) => ({ sourceId: row.source_id, intervals: row.intervals }))
}
