import { queryOptions } from '@tanstack/react-query'
import type { FeedFormat, ParsedFeed } from '../../../core/model'
import type { Archive, MergeResult } from '../archive/archive-types'
import type { SourceConfig } from '../settings/settings-schema'
import { refreshHistory } from './history-queries'
import { FeedLoadError, PROXY_UNREACHABLE } from './load-error'
import type { OffThreadOutcome } from './parse-off-thread'
import { fetchPrebuiltDemo } from './prebuilt-demo'

const REFRESH_INTERVAL_MS = 5 * 60_000

/** What one successful load of one source left behind. */
export interface SourceLoad {
  fetchedAt: string
  stale: boolean
  ageSeconds: number
  format: FeedFormat
  warnings: string[]
  incidentCount: number
  merge: MergeResult
}

function parseFailure(error: Extract<OffThreadOutcome, { ok: false }>['error']): FeedLoadError {
  if (error.kind === 'timeout') return new FeedLoadError('timeout', error.message)
  if (error.kind === 'too_large') return new FeedLoadError('too_large', error.message)
  if (error.kind === 'unsupported_format') return new FeedLoadError('not_a_feed', error.message)
  return new FeedLoadError('parse', error.message)
}

/**
 * A live feed speaks for the moment it was fetched even when its newest item is weeks old (Instatus
 * dates its channel by its newest item); a demo file is a capture and speaks only for itself.
 */
function liveCoverage(feed: ParsedFeed, source: LoadableSource, fetchedAt: string): ParsedFeed {
  if (source.kind !== 'url' || !feed.coverage.from) return feed
  const to = feed.coverage.to && feed.coverage.to > fetchedAt ? feed.coverage.to : fetchedAt
  return { ...feed, coverage: { from: feed.coverage.from, to } }
}

type LoadableSource = Extract<SourceConfig, { kind: 'url' | 'demo' }>

/** A demo file as the build parsed it when it can, else the text fetched and parsed off the thread. */
async function fetchFeed(source: LoadableSource, signal: AbortSignal) {
  const prebuilt = source.kind === 'demo' ? await fetchPrebuiltDemo(source.path, signal) : null
  if (prebuilt) {
    const fetched = { fetchedAt: new Date().toISOString(), stale: false, ageSeconds: 0 }
    return { fetched, outcome: { ok: true, feed: prebuilt } as const }
  }
  // Feeds come through the proxy and the parse Worker; a first visit's demo files need neither.
  const [{ fetchSourceText }, { parseOffThread }] = await Promise.all([
    import('./fetch-source-text'),
    import('./parse-off-thread'),
  ]).catch(() => {
    throw new FeedLoadError('network', PROXY_UNREACHABLE)
  })
  const fetched = await fetchSourceText(source, signal)
  const location = source.kind === 'url' ? source.url : source.path
  return { fetched, outcome: await parseOffThread(fetched.body, { location }) }
}

async function loadSource(
  archive: Archive,
  vendorId: string,
  source: LoadableSource,
  signal: AbortSignal,
) {
  const { fetched, outcome } = await fetchFeed(source, signal)
  if (!outcome.ok) throw parseFailure(outcome.error)
  const merge = await archive.mergeLoad(
    vendorId,
    source.id,
    liveCoverage(outcome.feed, source, fetched.fetchedAt),
    fetched.fetchedAt,
  )
  const load: SourceLoad = {
    fetchedAt: fetched.fetchedAt,
    stale: fetched.stale,
    ageSeconds: fetched.ageSeconds,
    format: outcome.feed.format,
    warnings: outcome.feed.warnings,
    incidentCount: outcome.feed.incidents.length,
    merge,
  }
  return load
}

export const sourceQueries = {
  all: () => ['sources'] as const,
  vendor: (vendorId: string) => [...sourceQueries.all(), vendorId] as const,
  /** One feed: fetched through the proxy, parsed in the worker, merged into the archive. */
  load: (archive: Archive, vendorId: string, source: LoadableSource) =>
    // The archive is a service, not an input; the source is keyed by its id and address.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: [
        ...sourceQueries.vendor(vendorId),
        source.id,
        source.kind === 'url' ? source.url : source.path,
      ],
      queryFn: async ({ signal, client }) => {
        const load = await loadSource(archive, vendorId, source, signal)
        // The load merged into stored history: the vendor's history is read again, and the source
        // counts as loaded only once that read is done, so no view or export sees it without its data.
        await refreshHistory(client, vendorId)
        return load
      },
      staleTime: REFRESH_INTERVAL_MS,
      refetchInterval: REFRESH_INTERVAL_MS,
      refetchIntervalInBackground: false,
    }),
}
