import { createContext, useContext, useSyncExternalStore } from 'react'
import type { Archive } from './archive/archive-types'

/** The archive, shared by the loading queries and the actions; provided once by the app. */
export const ArchiveContext = createContext<Archive | null>(null)

export function useArchive(): Archive {
  const archive = useContext(ArchiveContext)
  if (!archive) throw new Error('useArchive needs an ArchiveContext provider above it.')
  return archive
}

// Imports and removals change stored history without a feed load: this counter tells readers.
let revision = 0
const listeners = new Set<() => void>()

export function bumpArchiveRevision() {
  revision++
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useArchiveRevision(): number {
  return useSyncExternalStore(
    subscribe,
    () => revision,
    () => revision,
  )
}

export function useArchiveNotices() {
  const archive = useArchive()
  return useSyncExternalStore(archive.subscribe, archive.notices, archive.notices)
}
