import { useQuery } from '@tanstack/react-query'
import { backfillOf } from './server-backfill'
import { serverApi, type ServerBackfill } from './server-client'
import { useSyncStatus } from './use-server-sync'

/** The query key of GET /api/sources, shared with the operator view. */
export const SERVER_SOURCES_KEY = ['server-sources'] as const
// While a backfill runs on the server its progress is read this often.
const RUNNING_REFRESH_MS = 5_000

/** The server's backfill of a vendor's page, while the app is connected to the server's store. */
export function useServerBackfill(vendorId: string, base: string): ServerBackfill | null {
  const { state } = useSyncStatus()
  const query = useQuery({
    queryKey: SERVER_SOURCES_KEY,
    queryFn: serverApi.sources,
    enabled: state === 'online',
    refetchInterval: (current) => {
      const backfill = backfillOf(current.state.data?.backfills ?? [], vendorId, base)
      return backfill && !backfill.progress?.complete ? RUNNING_REFRESH_MS : false
    },
  })
  if (state !== 'online') return null
  return backfillOf(query.data?.backfills ?? [], vendorId, base)
}
