/**
 * Resolves when the transaction commits and rejects with its error (an AbortError when it has none)
 * when it fails or is aborted: idb's `tx.done`, without the library on the first screen.
 */
export function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    const unlisten = () => {
      tx.removeEventListener('complete', complete)
      tx.removeEventListener('error', fail)
      tx.removeEventListener('abort', fail)
    }
    const complete = () => {
      resolve()
      unlisten()
    }
    const fail = () => {
      reject(tx.error ?? new DOMException('AbortError', 'AbortError'))
      unlisten()
    }
    tx.addEventListener('complete', complete)
    tx.addEventListener('error', fail)
    tx.addEventListener('abort', fail)
  })
}

/** The request's result, or its error, as a promise. */
export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.addEventListener('success', () => resolve(request.result))
    request.addEventListener('error', () => reject(request.error))
  })
}
