import { SETTINGS_KEY, type SettingsStorage } from './settings-load'
import { createSettingsStore, type SettingsStore } from './settings-store'

/** window.localStorage, or null where it is missing or its getter throws (opaque origin, policy). */
export function resolveLocalStorage(): SettingsStorage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

type StorageEventSource = Pick<Window, 'addEventListener' | 'removeEventListener'>

/** Feeds other tabs' writes of the settings key into the store; returns the disconnect function. */
export function connectStorageEvents(
  store: SettingsStore,
  source: StorageEventSource,
  storage: SettingsStorage | null,
): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== SETTINGS_KEY) return
    if (storage !== null && event.storageArea !== null && event.storageArea !== storage) return
    store.receiveStoredValue(event.newValue)
  }
  source.addEventListener('storage', onStorage)
  return () => source.removeEventListener('storage', onStorage)
}

/** The app's settings store: localStorage when usable, kept in step with other tabs. */
export function createBrowserSettingsStore(): SettingsStore {
  const storage = resolveLocalStorage()
  const store = createSettingsStore({ storage })
  if (typeof window !== 'undefined') connectStorageEvents(store, window, storage)
  return store
}
