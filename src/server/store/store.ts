import type { Incident } from '../../core/model'
import type { Interval, MergeCounts } from '../../features/workspace/archive/archive-types'
import { archiveSize, mergeIncidents, readIncidents, type HistoryQuery } from './archive-repo'
import { readBackfillStatus } from './backfill-repo'
import { addCoverage, readCoverage } from './coverage-repo'
import type { Database, Queryable } from './database'
import { migrate } from './migrations'
import { readPollStatus } from './poll-repo'
import { readWorkspace, writeWorkspace, type WorkspaceWrite } from './workspace-repo'
import type { WorkspaceContent } from './workspace-schema'

export interface VendorHistoryResponse {
  vendorId: string
  incidents: Incident[]
  sources: { sourceId: string; intervals: Interval[] }[]
}

export interface Submission {
  vendorId: string
  sourceId: string
  incidents: readonly Incident[]
  coverage?: Interval
}

export type Store = ReturnType<typeof createStore>

/** Everything the API and the collector do with the database, each write one transaction. */
export function createStore(db: Database, now: () => Date = () => new Date()) {
  return {
    db,
    ping: async () => void (await db.query('SELECT 1')),
    readWorkspace: () => readWorkspace(db),
    saveWorkspace: (content: WorkspaceContent, version: number): Promise<WorkspaceWrite> =>
      db.transaction((tx) => writeWorkspace(tx, content, version, now())),
    /** Changes the workspace as it is inside the transaction, when `version` is still current. */
    updateWorkspace: (
      version: number,
      change: (current: WorkspaceContent) => WorkspaceContent,
    ): Promise<WorkspaceWrite> =>
      db.transaction(async (tx) => {
        await tx.query('SELECT version FROM workspace WHERE id = 1 FOR UPDATE')
        const current = await readWorkspace(tx)
        if (current.version !== version) return { ok: false, current }
        return writeWorkspace(tx, change(current), version, now())
      }),
    async readHistory(query: HistoryQuery): Promise<VendorHistoryResponse> {
      const [incidents, sources] = await Promise.all([
        readIncidents(db, query),
        readCoverage(db, query.vendorId),
      ])
      return { vendorId: query.vendorId, incidents, sources }
    },
    /** Incidents the browser parsed itself: merged like a poll's and kept for a reparse. */
    submit(submission: Submission): Promise<MergeCounts> {
      return db.transaction(async (tx) => {
        const at = now()
        for (const incident of submission.incidents) {
          await tx.query(
            `INSERT INTO submitted_incidents (vendor_id, source_id, incident_id, incident, submitted_at)
             VALUES ($1, $2, $3, $4::jsonb, $5) ON CONFLICT (vendor_id, source_id, incident_id)
             DO UPDATE SET incident = EXCLUDED.incident, submitted_at = EXCLUDED.submitted_at`,
            [submission.vendorId, submission.sourceId, incident.id, JSON.stringify(incident), at],
          )
        }
        const { vendorId, sourceId, coverage } = submission
        if (coverage) await addCoverage(tx, vendorId, sourceId, coverage)
        return mergeIncidents(tx, vendorId, sourceId, submission.incidents, at)
      })
    },
    pollStatus: () => readPollStatus(db),
    backfillStatus: () => readBackfillStatus(db, now()),
    size: () => archiveSize(db),
    /** Runs `seed` once per database, in one transaction, whatever number of processes start. */
    seedOnce(seed: (tx: Queryable, at: Date) => Promise<void>): Promise<boolean> {
      return db.transaction(async (tx) => {
        const [row] = await tx.query<{ demo_seeded: boolean }>(
          'SELECT demo_seeded FROM workspace WHERE id = 1 FOR UPDATE',
        )
        if (row?.demo_seeded !== false) return false
        await seed(tx, now())
        await tx.query('UPDATE workspace SET demo_seeded = true WHERE id = 1')
        return true
      })
    },
    close: () => db.close(),
  }
}

/** A migrated store on an open database. */
export async function openStore(db: Database, now?: () => Date): Promise<Store> {
  await migrate(db)
  return createStore(db, now)
}
