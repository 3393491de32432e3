import type { Incident } from '../../core/model'
import { mergeIncidents } from './archive-repo'
import { readCaptures } from './captures-repo'
import type { Database } from './database'
import { parseAndMerge } from './ingest'

// A backfill's history pages and incident documents speak only for their own span, as when fetched.
const BACKFILL_LOCATION = /\/history\.json\?page=\d+$|\/api\/v2\/incidents\/[^/]+\.json$/

export interface ReparseSummary {
  vendors: number
  captures: number
  unreadable: number
  incidents: number
}

/**
 * Re-derives every vendor's history from its raw captures with the current core, then replays
 * what browsers submitted: after a parser fix the archive is what the fixed parser would have built.
 * One transaction per vendor, so a crash leaves each vendor either as before or fully redone.
 */
export async function reparseAll(
  db: Database,
  log: (entry: Record<string, unknown>) => void = () => {},
): Promise<ReparseSummary> {
  const vendors = await db.query<{ vendor_id: string; name: string | null }>(
    `SELECT ids.vendor_id, v.name FROM (
       SELECT vendor_id FROM source_captures UNION SELECT vendor_id FROM submitted_incidents
     ) ids LEFT JOIN vendors v ON v.id = ids.vendor_id ORDER BY ids.vendor_id`,
  )
  const summary: ReparseSummary = { vendors: 0, captures: 0, unreadable: 0, incidents: 0 }
  for (const { vendor_id: vendorId, name } of vendors) {
    await db.transaction(async (tx) => {
      const captures = await readCaptures(tx, vendorId)
      await tx.query('DELETE FROM incidents WHERE vendor_id = $1', [vendorId])
      const replayed = [...new Set(captures.map((c) => c.sourceId))]
      await tx.query(
        'DELETE FROM source_coverage WHERE vendor_id = $1 AND source_id = ANY($2::text[])',
        [vendorId, replayed],
      )
      for (const capture of captures) {
        const outcome = await parseAndMerge(tx, {
          ...capture,
          contentType: '',
          live: /^https?:/.test(capture.location) && !BACKFILL_LOCATION.test(capture.location),
          ...(name && { vendorName: name }),
        })
        summary.captures += 1
        if (outcome.status === 'unreadable') {
          summary.unreadable += 1
          log({ level: 'warn', vendorId, location: capture.location, message: outcome.message })
        }
      }
      const submitted = await tx.query<{
        source_id: string
        incident: Incident
        submitted_at: Date
      }>(
        'SELECT source_id, incident, submitted_at FROM submitted_incidents WHERE vendor_id = $1 ORDER BY submitted_at, source_id, incident_id',
        [vendorId],
      )
      for (const row of submitted) {
        await mergeIncidents(tx, vendorId, row.source_id, [row.incident], row.submitted_at)
      }
      const [count] = await tx.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM incidents WHERE vendor_id = $1',
        [vendorId],
      )
      summary.incidents += count?.n ?? 0
      summary.vendors += 1
    })
  }
  return summary
}
