import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { requestResult, transactionDone } from './idb-requests'

async function openStore(): Promise<IDBDatabase> {
  const request = new IDBFactory().open('idb-requests', 1)
  request.onupgradeneeded = () => request.result.createObjectStore('things')
  return requestResult(request)
}

describe('transactionDone and requestResult', () => {
  it('resolve with the committed writes and the values read back', async () => {
    const db = await openStore()
    const write = db.transaction('things', 'readwrite')
    expect(await requestResult(write.objectStore('things').put('a value', 'key'))).toBe('key')
    await expect(transactionDone(write)).resolves.toBeUndefined()
    const read = db.transaction('things', 'readonly')
    expect(await requestResult(read.objectStore('things').get('key'))).toBe('a value')
    expect(await requestResult(read.objectStore('things').get('missing'))).toBeUndefined()
    await transactionDone(read)
  })

  it('reject with an AbortError when the transaction is aborted without an error', async () => {
    const db = await openStore()
    const tx = db.transaction('things', 'readwrite')
    const done = transactionDone(tx)
    tx.abort()
    await expect(done).rejects.toMatchObject({ name: 'AbortError' })
  })

  // As idb's tx.done: the request's error reaches the transaction before it aborts, so an AbortError.
  it('reject with the failing request’s error, and the transaction with an AbortError', async () => {
    const db = await openStore()
    const tx = db.transaction('things', 'readwrite')
    const done = transactionDone(tx)
    const store = tx.objectStore('things')
    store.add('first', 'key')
    const second = requestResult(store.add('second', 'key'))
    await expect(second).rejects.toMatchObject({ name: 'ConstraintError' })
    await expect(done).rejects.toMatchObject({ name: 'AbortError' })
  })
})
