/** A Map-backed stand-in for localStorage whose writes can be made to fail like a full quota. */
export interface FakeStorage {
  items: Map<string, string>
  /** When set, setItem throws this error instead of writing. */
  writeError: Error | null
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

export function quotaExceeded(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError')
}

export function createFakeStorage(initial: Record<string, string> = {}): FakeStorage {
  const storage: FakeStorage = {
    items: new Map(Object.entries(initial)),
    writeError: null,
    getItem: (key) => storage.items.get(key) ?? null,
    setItem(key, value) {
      if (storage.writeError) throw storage.writeError
      storage.items.set(key, String(value))
    },
  }
  return storage
}
