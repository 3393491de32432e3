import { createContext, useContext, useSyncExternalStore } from 'react'
import type { Notice } from './notices'
import type { Settings } from './settings-schema'
import type { SettingsStore } from './settings-store'

/** Provide the app's store once: `<SettingsStoreContext value={store}>…</SettingsStoreContext>`. */
export const SettingsStoreContext = createContext<SettingsStore | null>(null)

export function useSettingsStore(): SettingsStore {
  const store = useContext(SettingsStoreContext)
  if (store === null) throw new Error('useSettings needs a SettingsStoreContext provider above it.')
  return store
}

export function useSettings(): Settings {
  const store = useSettingsStore()
  return useSyncExternalStore(store.subscribe, store.get, store.get)
}

export function useSettingsNotices(): readonly Notice[] {
  const store = useSettingsStore()
  return useSyncExternalStore(store.subscribe, store.notices, store.notices)
}
