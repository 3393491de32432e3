import { QueryClientProvider } from '@tanstack/react-query'
import { useEffect, useState, type ReactNode } from 'react'
import { createArchive } from '../features/workspace/archive/create-archive'
import type { Archive } from '../features/workspace/archive/archive-types'
import { createServerSync, type ServerSync } from '../features/workspace/team/server-sync'
import { ServerSyncContext } from '../features/workspace/team/use-server-sync'
import { refreshHistory } from '../features/workspace/loading/history-queries'
import { ArchiveContext } from '../features/workspace/hooks/use-archive'
import { createBrowserSettingsStore } from '../features/workspace/settings/browser-settings'
import { SettingsStoreContext } from '../features/workspace/settings/use-settings'
import { createQueryClient } from './query-client'

/** One query client, one settings store and one archive for the whole app. */
export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient)
  const [settingsStore] = useState(createBrowserSettingsStore)
  const [archive, setArchive] = useState<Archive | null>(null)
  const [sync, setSync] = useState<ServerSync | null>(null)
  useEffect(() => {
    let opened: Archive | null = null
    let started: ServerSync | null = null
    void createArchive().then((created) => {
      opened = created
      // The server's store is the team's source of truth; the archive is this browser's cache of it.
      started = createServerSync({
        settings: settingsStore,
        archive: created,
        onHistory: () => void refreshHistory(queryClient),
      })
      started.start()
      setArchive(created)
      setSync(started)
    })
    return () => {
      started?.stop()
      opened?.close()
    }
  }, [settingsStore, queryClient])
  if (!archive) {
    return (
      <p role="status" className="p-8 text-sm text-slate-500">
        Opening your saved history…
      </p>
    )
  }
  return (
    <QueryClientProvider client={queryClient}>
      <SettingsStoreContext value={settingsStore}>
        <ArchiveContext value={archive}>
          <ServerSyncContext value={sync}>{children}</ServerSyncContext>
        </ArchiveContext>
      </SettingsStoreContext>
    </QueryClientProvider>
  )
}
