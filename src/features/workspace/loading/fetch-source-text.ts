import { APP_REQUEST_HEADER } from '../../../core/api/proxy-contract'
import * as z from 'zod/mini'
// zod/mini ships no issue messages: zod's English ones, wherever this schema runs.
import '../../../core/zod-messages'
import { FeedLoadError, PROXY_UNREACHABLE, loadErrorKindFromProxy } from './load-error'

/** What the proxy's /api/feed answers (src/server), and what a demo file gives. */
export interface FetchedText {
  body: string
  fetchedAt: string
  stale: boolean
  ageSeconds: number
  finalUrl: string | null
}

const envelopeSchema = z.object({
  body: z.string(),
  fetchedAt: z.string(),
  stale: z.boolean(),
  ageSeconds: z.number(),
  finalUrl: z.optional(z.nullable(z.string())),
})
const errorSchema = z.object({ error: z.object({ kind: z.string(), message: z.string() }) })

export type TextSource = { kind: 'url'; url: string } | { kind: 'demo'; path: string }

async function readProxyResponse(response: Response): Promise<FetchedText> {
  const json: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const failure = errorSchema.safeParse(json)
    if (failure.success) {
      const { kind, message } = failure.data.error
      throw new FeedLoadError(loadErrorKindFromProxy(kind), message, response.status)
    }
    throw new FeedLoadError(
      'network',
      `The proxy answered ${response.status} without an explanation.`,
      response.status,
    )
  }
  const envelope = envelopeSchema.safeParse(json)
  if (!envelope.success)
    throw new FeedLoadError('network', 'The proxy sent an answer this app cannot read.')
  return { ...envelope.data, finalUrl: envelope.data.finalUrl ?? null }
}

/** Fetches a source's text: feeds through the same-origin proxy, demo files from public/demo. */
export async function fetchSourceText(
  source: TextSource,
  signal?: AbortSignal,
  now = () => new Date(),
): Promise<FetchedText> {
  try {
    if (source.kind === 'demo') {
      const response = await fetch(source.path, { signal })
      if (!response.ok)
        throw new FeedLoadError(
          'upstream',
          `The demo file ${source.path} is missing (${response.status}).`,
        )
      return {
        body: await response.text(),
        fetchedAt: now().toISOString(),
        stale: false,
        ageSeconds: 0,
        finalUrl: null,
      }
    }
    const response = await fetch(`/api/feed?url=${encodeURIComponent(source.url)}`, {
      signal,
      headers: { [APP_REQUEST_HEADER.name]: APP_REQUEST_HEADER.value },
    })
    return await readProxyResponse(response)
  } catch (error) {
    if (
      error instanceof FeedLoadError ||
      (error instanceof DOMException && error.name === 'AbortError')
    )
      throw error
    throw new FeedLoadError('network', PROXY_UNREACHABLE)
  }
}
