import * as z from 'zod/mini'
// zod/mini ships no issue messages: zod's English ones, wherever this schema runs.
import '../../../core/zod-messages'
import type { BackfillState } from '../../../core/backfill/plan'
import { resolveLocalStorage } from '../settings/browser-settings'

/** Where each vendor's backfill stands, so a cancelled or interrupted one resumes after a reload. */
export const BACKFILL_KEY = 'vendor-reliability.backfill.v1'

const code = z.string().check(z.maxLength(64))
const codes = z.array(code).check(z.maxLength(20_000))
const count = z.number().check(z.int(), z.minimum(0))
/** A BackfillState as saved here and on the server. */
export const backfillStateSchema = z.object({
  base: z.string().check(z.maxLength(2048)),
  months: z.number().check(z.int(), z.minimum(1), z.maximum(120)),
  spanFrom: z.string(),
  coveredFrom: z.nullable(z.string()),
  coveredTo: z.nullable(z.string()),
  lastPage: count,
  pagesFetched: count,
  historyDone: z.boolean(),
  pending: codes,
  fetched: codes,
  failed: codes,
  earlier: z.array(z.object({ code, at: z.string() })).check(z.maxLength(20_000)),
})
const id = z.string().check(z.maxLength(128))
const recordSchema = z.object({ sourceId: id, state: backfillStateSchema })
export type StoredBackfill = z.output<typeof recordSchema>
const fileSchema = z.record(id, recordSchema)

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>

/** Reads and writes the saved backfills; unreadable or unavailable storage falls back to memory. */
export function createBackfillStorage(storage: Storage | null = resolveLocalStorage()) {
  let memory: Record<string, StoredBackfill> = {}
  const read = (): Record<string, StoredBackfill> => {
    try {
      const text = storage?.getItem(BACKFILL_KEY)
      if (!text) return memory
      const parsed = fileSchema.safeParse(JSON.parse(text))
      return parsed.success ? parsed.data : memory
    } catch {
      return memory
    }
  }
  const write = (all: Record<string, StoredBackfill>) => {
    memory = all
    try {
      storage?.setItem(BACKFILL_KEY, JSON.stringify(all))
    } catch {
      // Full or refused storage: the progress lasts until the tab closes.
    }
  }
  return {
    get: (vendorId: string): StoredBackfill | null => read()[vendorId] ?? null,
    put: (vendorId: string, sourceId: string, state: BackfillState) =>
      write({ ...read(), [vendorId]: { sourceId, state } }),
    remove: (vendorId: string) => {
      const { [vendorId]: _removed, ...rest } = read()
      write(rest)
    },
  }
}
export type BackfillStorage = ReturnType<typeof createBackfillStorage>
