import * as z from 'zod/mini'
import { idSchema } from '../settings/settings-schema'
import { archivedSourceSchema } from './archived-source-schema'
import type { IncidentRecord, SourceRecord } from './archive-types'
import { describeIssues } from './describe-issues'
import { incidentSchema } from './incident-schema'

export const ARCHIVE_STORES = ['incidents', 'sources'] as const
export type ArchiveStore = (typeof ARCHIVE_STORES)[number]

/** A stored record that failed validation: left out of every view until it is removed. */
export interface BadRecord {
  store: ArchiveStore
  /** Its primary key, to remove it by. */
  key: IDBValidKey
  /** The value as stored, for the user to export. */
  value: unknown
  problem: string
}

/** Records read back from storage, the valid ones typed and the others set aside. */
export interface CheckedHistory {
  sources: SourceRecord[]
  incidents: IncidentRecord[]
  bad: BadRecord[]
}

export type StoredRead<T> = { ok: true; record: T } | { ok: false; problem: string }

/** An incident record: its keys, and the incident by the same schema as an archive file's. */
const storedIncidentSchema = z
  .object({
    vendorId: idSchema,
    sourceId: idSchema,
    incidentId: z.string(),
    incident: incidentSchema,
  })
  .check(
    z.refine((record) => record.incidentId === record.incident.id, {
      path: ['incidentId'],
      message: 'The key does not match the incident id.',
    }),
  )

/** A source record: an archive file's source with its vendor and the feed's own vendor name. */
const storedSourceSchema = z.extend(z.omit(archivedSourceSchema, { vendorName: true }), {
  vendorId: idSchema,
  feedVendorName: archivedSourceSchema.shape.vendorName,
})

function check<T>(schema: z.ZodMiniType<T>, value: unknown): StoredRead<T> {
  const parsed = schema.safeParse(value)
  return parsed.success
    ? { ok: true, record: parsed.data }
    : { ok: false, problem: describeIssues(parsed.error) }
}

/** One record of the incidents store, checked as an archive file's incident is. */
export function readStoredIncident(value: unknown): StoredRead<IncidentRecord> {
  return check(storedIncidentSchema, value)
}

/** One record of the sources store, checked as an archive file's source is. */
export function readStoredSource(value: unknown): StoredRead<SourceRecord> {
  return check(storedSourceSchema, value)
}

export function readStoredRecord(
  store: ArchiveStore,
  value: unknown,
): StoredRead<IncidentRecord | SourceRecord> {
  return store === 'incidents' ? readStoredIncident(value) : readStoredSource(value)
}

export interface KeyedValues {
  keys: readonly IDBValidKey[]
  values: readonly unknown[]
}

/** Checks every record read from storage (IndexedDB or a server); never throws. */
export function checkStoredRecords(read: Record<ArchiveStore, KeyedValues>): CheckedHistory {
  const history: CheckedHistory = { sources: [], incidents: [], bad: [] }
  const sort = <T>(
    store: ArchiveStore,
    { keys, values }: KeyedValues,
    reader: (value: unknown) => StoredRead<T>,
    valid: T[],
  ) => {
    values.forEach((value, index) => {
      const outcome = reader(value)
      if (outcome.ok) valid.push(outcome.record)
      else history.bad.push({ store, key: keys[index] ?? index, value, problem: outcome.problem })
    })
  }
  sort('incidents', read.incidents, readStoredIncident, history.incidents)
  sort('sources', read.sources, readStoredSource, history.sources)
  return history
}
