import type { Incident } from '../../core/model'
import { incidentKey, mergeSourceIncidents } from '../../core/normalize/merge-sources'
import { classifyIncoming, isSameValue } from '../../features/workspace/archive/incident-revision'
import type { MergeCounts } from '../../features/workspace/archive/archive-types'
import type { Queryable } from './database'

interface StoredRow {
  incident_key: string
  incident: Incident
  source_ids: string[]
}

/**
 * What the archive keeps of `incoming` over `stored`. A later poll of the only source that reported
 * the incident replaces it unless the stored copy is further along; otherwise the core's merge rule
 * joins what the sources say.
 */
function combine(stored: StoredRow | undefined, incoming: Incident, sourceId: string): Incident {
  if (!stored) return incoming
  const sameSourceOnly = stored.source_ids.length === 1 && stored.source_ids[0] === sourceId
  if (sameSourceOnly) {
    return classifyIncoming(stored.incident, incoming) === 'unchanged' ? stored.incident : incoming
  }
  return mergeSourceIncidents([[stored.incident], [incoming]])[0] ?? stored.incident
}

/** Adds one source's incidents to a vendor's archive in `tx`; nothing already stored is removed. */
export async function mergeIncidents(
  tx: Queryable,
  vendorId: string,
  sourceId: string,
  incidents: readonly Incident[],
  now: Date,
): Promise<MergeCounts> {
  const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0 }
  // The same incident twice in one list (a feed repeating an item) becomes one first.
  const incoming = new Map<string, Incident>()
  for (const incident of incidents) {
    const key = incidentKey(incident)
    const earlier = incoming.get(key)
    incoming.set(
      key,
      earlier ? (mergeSourceIncidents([[earlier, incident]])[0] ?? incident) : incident,
    )
  }
  if (incoming.size === 0) return counts
  const rows = await tx.query<StoredRow>(
    'SELECT incident_key, incident, source_ids FROM incidents WHERE vendor_id = $1 AND incident_key = ANY($2::text[]) FOR UPDATE',
    [vendorId, [...incoming.keys()]],
  )
  const stored = new Map(rows.map((row) => [row.incident_key, row]))
  for (const [key, incident] of incoming) {
    const before = stored.get(key)
    const merged = combine(before, incident, sourceId)
    const sourceIds = [...new Set([...(before?.source_ids ?? []), sourceId])].sort()
    const sameSources = before !== undefined && isSameValue(before.source_ids, sourceIds)
    if (before && sameSources && isSameValue(before.incident, merged)) {
      counts.unchanged += 1
      continue
    }
    counts[before ? 'updated' : 'added'] += 1
    await tx.query(
      `INSERT INTO incidents (vendor_id, incident_key, incident, start_at, end_at, source_ids, first_seen_at, updated_at)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6::text[], $7, $7)
       ON CONFLICT (vendor_id, incident_key) DO UPDATE SET incident = EXCLUDED.incident,
         start_at = EXCLUDED.start_at, end_at = EXCLUDED.end_at, source_ids = EXCLUDED.source_ids,
         updated_at = EXCLUDED.updated_at`,
      [vendorId, key, JSON.stringify(merged), merged.start, merged.end, sourceIds, now],
    )
  }
  return counts
}

export interface HistoryQuery {
  vendorId: string
  /** Incidents that end at or after this instant (or are still open); all when absent. */
  from?: string
  /** Incidents that start before this instant; all when absent. */
  to?: string
}

/** A vendor's incidents that overlap [from, to), oldest start first. */
export async function readIncidents(db: Queryable, query: HistoryQuery): Promise<Incident[]> {
  const rows = await db.query<{ incident: Incident }>(
    `SELECT incident FROM incidents WHERE vendor_id = $1
       AND ($2::timestamptz IS NULL OR end_at IS NULL OR end_at >= $2::timestamptz)
       AND ($3::timestamptz IS NULL OR start_at < $3::timestamptz)
     ORDER BY start_at, incident_key`,
    [query.vendorId, query.from ?? null, query.to ?? null],
  )
  return rows.map((row) => row.incident)
}

/** Incidents and captures held, for the operator view. */
export async function archiveSize(db: Queryable): Promise<{
  incidents: number
  captures: number
  captureBytes: number
}> {
  const [row] = await db.query<{ incidents: number; captures: number; capture_bytes: number }>(
    `SELECT (SELECT count(*)::int FROM incidents) AS incidents,
            (SELECT count(*)::int FROM raw_captures) AS captures,
            (SELECT coalesce(sum(bytes), 0)::float8 FROM raw_captures) AS capture_bytes`,
  )
  return {
    incidents: row?.incidents ?? 0,
    captures: row?.captures ?? 0,
    captureBytes: row?.capture_bytes ?? 0,
  }
}
