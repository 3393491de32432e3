import { createContext, useContext, useSyncExternalStore } from 'react'
import type { Archive } from '../archive/archive-types'

/** The archive, shared by the loading queries and the actions; provided once by the app. */
export const ArchiveContext = createContext<Archive | null>(null)

export function useArchive(): Archive {
  const archive = useContext(ArchiveContext)
  if (!archive) throw new Error('useArchive needs an ArchiveContext provider above it.')
  return archive
}

export function useArchiveNotices() {
  const archive = useArchive()
  return useSyncExternalStore(archive.subscribe, archive.notices, archive.notices)
}
