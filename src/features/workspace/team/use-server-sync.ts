import { createContext, useContext, useSyncExternalStore } from 'react'
import type { ServerSync, SyncStatus } from './server-sync'

/** The connection to the server's store; null where the app runs without one (tests, storybook-like pages). */
export const ServerSyncContext = createContext<ServerSync | null>(null)

const LOCAL: SyncStatus = { state: 'local', message: null, conflict: null, uploadOffer: [] }
const noop = () => () => {}

export function useServerSync(): ServerSync | null {
  return useContext(ServerSyncContext)
}

export function useSyncStatus(): SyncStatus {
  const sync = useContext(ServerSyncContext)
  return useSyncExternalStore(
    sync?.subscribe ?? noop,
    sync?.status ?? (() => LOCAL),
    sync?.status ?? (() => LOCAL),
  )
}
