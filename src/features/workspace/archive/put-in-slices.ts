import { SLICE_MS } from './yield-to-page'

export interface Put {
  store: IDBObjectStore
  record: unknown
}

/**
 * Puts `puts` in one transaction, a few milliseconds of them per task: each slice starts from the
 * success of the last put before it, while the transaction is still active, so copying a large
 * batch into storage never makes a long task. A put that throws goes to `fail`.
 */
export function putInSlices(puts: readonly Put[], fail: (error: unknown) => void): void {
  let next = 0
  const putSlice = () => {
    const started = performance.now()
    let last: IDBRequest | null = null
    try {
      while (next < puts.length && (last === null || performance.now() - started < SLICE_MS)) {
        const put = puts[next++]
        if (put) last = put.store.put(put.record)
      }
    } catch (error) {
      fail(error)
      return
    }
    if (last && next < puts.length) last.addEventListener('success', putSlice)
  }
  putSlice()
}
