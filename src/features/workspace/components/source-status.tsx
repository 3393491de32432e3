import { Badge } from '../../../components/ui/badge'
import { FeedLoadError, LOAD_ERROR_TITLES } from '../loading/load-error'
import type { SourceStatus } from '../hooks/use-vendor-views'
import { sourceLabel } from './source-label'

const time = (iso: string) => iso.slice(0, 16).replace('T', ' ') + ' UTC'

/** One source's state in words: loading, its specific error, stale since when, last refresh. */
export function SourceStatusLine({ status }: { status: SourceStatus }) {
  const lastLoaded = status.load?.fetchedAt ?? status.record?.lastLoadedAt ?? null
  const error = status.error
  return (
    <li className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-300">
      <span className="max-w-full truncate font-mono" title={sourceLabel(status)}>
        {sourceLabel(status)}
      </span>
      {status.status === 'pending' && <Badge tone="blue">Loading…</Badge>}
      {status.isFetching && status.status !== 'pending' && <Badge tone="blue">Refreshing…</Badge>}
      {error && (
        <span role="alert" className="text-red-700 dark:text-red-300">
          <Badge tone="red">
            {error instanceof FeedLoadError ? LOAD_ERROR_TITLES[error.kind] : 'Failed'}
          </Badge>{' '}
          {error.message}
        </span>
      )}
      {status.load?.stale && (
        <Badge
          tone="amber"
          title="The status page did not answer; the proxy served its last good copy."
        >
          Stale since {time(status.load.fetchedAt)}
        </Badge>
      )}
      {lastLoaded && <span>Last refresh {time(lastLoaded)}</span>}
    </li>
  )
}
