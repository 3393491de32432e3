import type { NoticeList } from '../settings/notices'
import { storedDataNotices } from './archive-notices'
import type { BadRecord } from './stored-records'

const identify = (bad: BadRecord) => JSON.stringify([bad.store, bad.key])

/** The vendor and source a key names: both stores' keys start [vendorId, sourceId, …]. */
function inScope(bad: BadRecord, vendorId: string, sourceId?: string): boolean {
  if (!Array.isArray(bad.key)) return false
  return bad.key[0] === vendorId && (sourceId === undefined || bad.key[1] === sourceId)
}

/** Turns anything structured clone can hold into JSON: bigints as text, repeats and cycles named. */
function toJsonValue(value: unknown): unknown {
  const seen = new WeakSet<object>()
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === 'bigint') return item.toString()
    if (item instanceof Map) return [...item.entries()]
    if (item instanceof Set) return [...item.values()]
    if (typeof item === 'object' && item !== null) {
      if (seen.has(item)) return '[repeated]'
      seen.add(item)
    }
    return item
  })
  return text === undefined ? null : (JSON.parse(text) as unknown)
}

/**
 * The invalid records reads have met, with one notice that counts them. A notice the user
 * dismissed comes back only for records not reported before.
 */
export function createBadRecordLog(notices: NoticeList) {
  const found = new Map<string, BadRecord>()
  const reported = new Set<string>()

  const show = (fresh: boolean) => {
    const first = found.values().next()
    if (first.done) return notices.remove('archive-bad-records')
    const shown = notices.list().some((notice) => notice.id === 'archive-bad-records')
    if (!shown && !fresh) return
    notices.remove('archive-bad-records')
    notices.add(storedDataNotices.badRecords(found.size, first.value))
  }

  return {
    /** A read of one vendor (or one of its sources) found these: they replace what it found before. */
    note(bad: readonly BadRecord[], vendorId: string, sourceId?: string): void {
      const before = found.size
      for (const [id, record] of found) if (inScope(record, vendorId, sourceId)) found.delete(id)
      let fresh = false
      for (const record of bad) {
        const id = identify(record)
        found.set(id, record)
        if (!reported.has(id)) fresh = true
        reported.add(id)
      }
      if (fresh || found.size !== before) show(fresh)
    },
    list: (): BadRecord[] => [...found.values()],
    /** The records as a JSON document the user can keep. */
    exportable: (exportedAt: string) => ({
      format: 'vendor-reliability-unreadable-records',
      exportedAt,
      records: [...found.values()].map((bad) => ({
        store: bad.store,
        key: toJsonValue(bad.key),
        problem: bad.problem,
        value: toJsonValue(bad.value),
      })),
    }),
    forget(records: readonly BadRecord[]): void {
      for (const record of records) found.delete(identify(record))
      show(false)
    },
  }
}

export type BadRecordLog = ReturnType<typeof createBadRecordLog>
