import { z } from 'zod'
import type { BackfillState } from '../../../core/backfill/plan'
import { resolveLocalStorage } from '../settings/browser-settings'

/** Where each vendor's backfill stands, so a cancelled or interrupted one resumes after a reload. */
export const BACKFILL_KEY = 'vendor-reliability.backfill.v1'

const codes = z.array(z.string().max(64)).max(20_000)
/** A BackfillState as saved here and on the server. */
export const backfillStateSchema = z.object({
  base: z.string().max(2048),
  months: z.number().int().min(1).max(120),
  spanFrom: z.string(),
  coveredFrom: z.string().nullable(),
  coveredTo: z.string().nullable(),
  lastPage: z.number().int().min(0),
  pagesFetched: z.number().int().min(0),
  historyDone: z.boolean(),
  pending: codes,
  fetched: codes,
  failed: codes,
  earlier: z.array(z.object({ code: z.string().max(64), at: z.string() })).max(20_000),
})
const recordSchema = z.object({ sourceId: z.string().max(128), state: backfillStateSchema })
export type StoredBackfill = z.output<typeof recordSchema>
const fileSchema = z.record(z.string().max(128), recordSchema)

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
