import { APP_REQUEST_HEADER } from '../../../core/api/proxy-contract'
import { queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
// zod/mini ships no issue messages: zod's English ones, wherever this schema runs.
import '../../../core/zod-messages'
import { FEED_FORMATS } from '../../../core/model'
import { FeedLoadError, loadErrorKindFromProxy } from '../../workspace/loading/load-error'

/** What `/api/discover` answers (src/server/discover.ts): the page checked and its feeds, best first. */
const discoverySchema = z.object({
  site: z.string(),
  candidates: z.array(
    z.object({ url: z.string(), format: z.enum(FEED_FORMATS), title: z.optional(z.string()) }),
  ),
})
export type Discovery = z.output<typeof discoverySchema>
export type FeedCandidate = Discovery['candidates'][number]

const errorSchema = z.object({ error: z.object({ kind: z.string(), message: z.string() }) })

/** Asks the proxy which feeds a status page publishes; failures are FeedLoadErrors with the proxy's words. */
export async function fetchDiscovery(
  site: string,
  signal?: AbortSignal,
  fetchImpl: typeof fetch = fetch,
): Promise<Discovery> {
  let response: Response
  try {
    response = await fetchImpl(`/api/discover?site=${encodeURIComponent(site)}`, {
      signal,
      headers: { [APP_REQUEST_HEADER.name]: APP_REQUEST_HEADER.value },
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new FeedLoadError('network', 'The feed proxy could not be reached. Is the app running?')
  }
  const json: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const failure = errorSchema.safeParse(json)
    if (!failure.success)
      throw new FeedLoadError('network', `The proxy answered ${response.status}.`, response.status)
    const { kind, message } = failure.data.error
    throw new FeedLoadError(loadErrorKindFromProxy(kind), message, response.status)
  }
  const parsed = discoverySchema.safeParse(json)
  if (!parsed.success)
    throw new FeedLoadError('network', 'The proxy sent an answer this app cannot read.')
  return parsed.data
}

export const discoverQueries = {
  all: () => ['discover'] as const,
  /** The feeds of one status page; each lookup costs the proxy several fetches, so it is kept. */
  site: (site: string) =>
    queryOptions({
      queryKey: [...discoverQueries.all(), site],
      queryFn: ({ signal }) => fetchDiscovery(site, signal),
      staleTime: 5 * 60_000,
      retry: false,
    }),
}
