import type { KeyedValues } from './stored-records'

/** Records per request: copying this many out of storage stays well under a long task. */
export const READ_PAGE = 200

/**
 * Every record of `store` in `range`, with its primary key, in key order, a page per request:
 * each page is copied into the page in a task of its own, so a large history never makes a long
 * task. Each page starts from the success of the one before, while the transaction is active.
 */
export function readInPages(store: IDBObjectStore, range: IDBKeyRange): Promise<KeyedValues> {
  return new Promise((resolve, reject) => {
    const values: unknown[] = []
    const keys: IDBValidKey[] = []
    const readPage = (from: IDBKeyRange) => {
      let valuesRequest: IDBRequest<unknown[]>
      let keysRequest: IDBRequest<IDBValidKey[]>
      try {
        valuesRequest = store.getAll(from, READ_PAGE)
        keysRequest = store.getAllKeys(from, READ_PAGE)
      } catch (error) {
        return reject(error)
      }
      valuesRequest.onerror = () => reject(valuesRequest.error)
      keysRequest.onerror = () => reject(keysRequest.error)
      // Requests of a transaction succeed in the order they were made: the values are in.
      keysRequest.onsuccess = () => {
        const pageKeys = keysRequest.result
        values.push(...valuesRequest.result)
        keys.push(...pageKeys)
        const last = pageKeys.at(-1)
        if (pageKeys.length < READ_PAGE || last === undefined) return resolve({ keys, values })
        readPage(IDBKeyRange.bound(last, range.upper, true, range.upperOpen))
      }
    }
    readPage(range)
  })
}
