import { createBackfill, extendBackfill, type BackfillState } from '../../core/backfill/plan'
import { isBackfillComplete } from '../../core/backfill/queue'
import { backfillStateSchema } from '../../features/workspace/backfill/backfill-storage'
import type { Queryable } from './database'
import { backfillRequestSchema, type BackfillEntry } from './workspace-schema'

/** Each backfill row as stored (every column, as JSON), held for the workspace write. */
export type HeldBackfills = Map<string, { row: object; state: BackfillState | null }>

const keyOf = (vendorId: string, sourceId: string) => `${vendorId}\n${sourceId}`

/** Locks and reads every backfill row before a workspace write deletes and re-creates them. */
export async function holdBackfills(tx: Queryable): Promise<HeldBackfills> {
  const rows = await tx.query<{ vendor_id: string; source_id: string; row: { state: unknown } }>(
    'SELECT vendor_id, source_id, to_jsonb(b) AS row FROM backfill_state b FOR UPDATE',
  )
  const held: HeldBackfills = new Map()
  for (const { vendor_id, source_id, row } of rows) {
    const parsed = backfillStateSchema.safeParse(row.state)
    held.set(keyOf(vendor_id, source_id), { row, state: parsed.success ? parsed.data : null })
  }
  return held
}

/** How far a backfill has got: pages read plus incidents fetched. */
const progressOf = (state: BackfillState) => state.pagesFetched + state.fetched.length

/**
 * The state a workspace write leaves: the stored one unless the writer's is further along (a stale
 * browser never sets the collector's progress back), extended when the writer asks for more months.
 * A new page address starts over.
 */
export function chooseBackfill(
  stored: BackfillState | null,
  written: Record<string, unknown>,
  now: string,
): BackfillState {
  const request = backfillRequestSchema.parse(written)
  const parsed = backfillStateSchema.safeParse(written)
  const offered = parsed.success && parsed.data.base === request.base ? parsed.data : null
  const sameBase = stored !== null && stored.base === request.base
  const further = offered !== null && (!sameBase || progressOf(offered) > progressOf(stored))
  const base = further
    ? offered
    : sameBase
      ? stored
      : createBackfill(request.base, request.months, now)
  return request.months > base.months ? extendBackfill(base, request.months, now) : base
}

/**
 * Writes the workspace's backfills back after its sources were re-created. A kept state keeps its
 * whole row (schedule, errors, the lease of a run in progress); a changed one is due now and loses
 * any lease, so a run holding the old state stops at its next save and resumes from the new one.
 */
export async function writeBackfills(
  tx: Queryable,
  entries: readonly BackfillEntry[],
  held: HeldBackfills,
  known: ReadonlySet<string>,
  now: Date,
): Promise<void> {
  for (const entry of entries) {
    const key = keyOf(entry.vendorId, entry.sourceId)
    if (!known.has(key)) continue
    const stored = held.get(key)
    const state = chooseBackfill(stored?.state ?? null, entry.state, now.toISOString())
    if (stored && state === stored.state) {
      await tx.query(
        'INSERT INTO backfill_state SELECT * FROM jsonb_populate_record(NULL::backfill_state, $1::jsonb)',
        [JSON.stringify(stored.row)],
      )
      continue
    }
    await tx.query(
      `INSERT INTO backfill_state (vendor_id, source_id, state, updated_at, next_run_at, failures)
       VALUES ($1, $2, $3::jsonb, $4, $5, 0)`,
      [
        entry.vendorId,
        entry.sourceId,
        JSON.stringify(state),
        now,
        isBackfillComplete(state) ? null : now,
      ],
    )
  }
}
