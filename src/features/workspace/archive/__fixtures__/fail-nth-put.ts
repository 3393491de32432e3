import { vi } from 'vitest'

/** Makes the `nth` IndexedDB put throw a full-disk error; counts every put. */
export function failNthPut(nth: number) {
  const put = IDBObjectStore.prototype.put
  let calls = 0
  const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args
  ) {
    calls += 1
    if (calls === nth) throw new DOMException('Disk full.', 'QuotaExceededError')
    return put.apply(this, args)
  })
  return { calls: () => calls, restore: () => spy.mockRestore() }
}
