import { useQuery } from '@tanstack/react-query'
import type { VendorConfig } from '../settings/settings-schema'
import { serverApi } from './server-client'
import { SERVER_SOURCES_KEY } from './use-server-backfill'
import { useSyncStatus } from './use-server-sync'

const when = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '—')

/** The Vendors page's operator view: what the server's collector did with each source. */
export function SourcePollPanel({ vendors }: { vendors: readonly VendorConfig[] }) {
  const { state } = useSyncStatus()
  const query = useQuery({
    queryKey: SERVER_SOURCES_KEY,
    queryFn: serverApi.sources,
    enabled: state === 'online',
    refetchInterval: 30_000,
  })
  if (state !== 'online' || !query.data) return null
  const nameOf = (id: string) => vendors.find((vendor) => vendor.id === id)?.name ?? id
  const { archive, sources, backfills = [] } = query.data
  return (
    <section aria-labelledby="collector-heading" className="mt-8">
      <h2 id="collector-heading" className="text-lg font-semibold">
        Server collection
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        The archive holds {archive.incidents} incidents and {archive.captures} raw captures (
        {(archive.captureBytes / 1024 / 1024).toFixed(1)} MB).
      </p>
      {sources.length === 0 ? (
        <p className="mt-2 text-sm">
          No source is polled yet: demo vendors read saved files. A vendor added by its status page
          address is polled by the server from then on, with no browser open.
        </p>
      ) : (
        <table className="mt-2 w-full text-left text-sm">
          <thead>
            <tr>
              {['Vendor', 'Source', 'Last poll', 'Last change', 'Next poll', 'Errors'].map((h) => (
                <th key={h} scope="col" className="py-1 pr-3 font-medium">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <tr
                key={`${source.vendorId}/${source.sourceId}`}
                className="border-t border-slate-200"
              >
                <td className="py-1 pr-3">{nameOf(source.vendorId)}</td>
                <td className="py-1 pr-3 break-all">{source.url}</td>
                <td className="py-1 pr-3">{when(source.lastPollAt)}</td>
                <td className="py-1 pr-3">{when(source.lastChangeAt)}</td>
                <td className="py-1 pr-3">{when(source.nextPollAt)}</td>
                <td className="py-1 pr-3">
                  {source.lastError ? `${source.failures} × ${source.lastError}` : 'none'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {backfills.length > 0 && (
        <ul className="mt-2 text-sm">
          {backfills.map((backfill) => (
            <li key={`${backfill.vendorId}/${backfill.sourceId}`}>
              Backfill of {nameOf(backfill.vendorId)} ({backfill.months} months):{' '}
              {backfill.progress
                ? `${backfill.progress.pagesFetched} pages, ${backfill.progress.incidentsFetched} of ${backfill.progress.incidentsPlanned} incidents`
                : 'not started'}
              {backfill.progress?.complete
                ? ', complete'
                : `, next run ${when(backfill.nextRunAt)}`}
              {backfill.lastError && ` — ${backfill.failures} × ${backfill.lastError}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
