import type { IncomingMessage } from 'node:http'
import { DEFAULT_FETCH_POLICY, type FetchPolicy } from './config'
import { resolveCheckedAddress } from './checked-address'
import { abortReason, createDeadline } from './deadline'
import { ProxyError } from './errors'
import { checkBodyType, decodeFeedText, isAllowedType } from './feed-text'
import { readBody } from './read-body'
import { upstreamStatusError } from './upstream-status'
import { requestUpstream, type Validators } from './upstream-request'
import { checkUrl, hostKey, type CheckedUrl } from './url-policy'

export interface FetchedFeed {
  status: 'ok'
  body: string
  contentType: string
  finalUrl: string
  etag?: string
  lastModified?: string
}

export interface NotModified {
  status: 'not_modified'
  finalUrl: string
}

export interface SafeFetchOptions {
  validators?: Validators
  /** Discovery reads status pages for their feed links; feeds never come back as HTML. */
  allowHtml?: boolean
  signal?: AbortSignal
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])

/**
 * Fetches a feed under every rule of security.md §2 and returns its text, or throws a
 * ProxyError whose `kind` says why not. The CLI calls this directly; the server through its cache.
 * @example await fetchFeedText('https://www.githubstatus.com/history.atom')
 */
export async function fetchFeedText(
  url: string,
  policy: Partial<FetchPolicy> = {},
  signal?: AbortSignal,
): Promise<{ body: string; contentType: string; finalUrl: string }> {
  const result = await safeFetch(url, { ...DEFAULT_FETCH_POLICY, ...policy }, { signal })
  if (result.status !== 'ok') throw new ProxyError('upstream_status')
  return { body: result.body, contentType: result.contentType, finalUrl: result.finalUrl }
}

/** Follows redirects by hand, checking every hop as if the user had typed it. */
export async function safeFetch(
  url: string,
  policy: FetchPolicy,
  options: SafeFetchOptions = {},
): Promise<FetchedFeed | NotModified> {
  let target = checkUrl(url, policy)
  const total = createDeadline(policy.totalTimeoutMs, options.signal)
  const gate = policy.hostGate ?? ((_key, task) => task())
  try {
    for (let hop = 0; ; hop += 1) {
      const outcome = await gate(hostKey(target.hostname, target.port), () =>
        fetchHop(target, policy, options, total.signal),
      )
      if (outcome.status !== 'redirect') return outcome
      if (hop >= policy.maxRedirects) throw new ProxyError('too_many_redirects')
      target = checkRedirect(outcome.location, target, policy)
    }
  } catch (error) {
    throw total.signal.aborted ? abortReason(total.signal) : error
  } finally {
    total.clear()
  }
}

function checkRedirect(location: string, from: CheckedUrl, policy: FetchPolicy): CheckedUrl {
  try {
    const next = checkUrl(location, policy, from.url)
    // http→https is an upgrade; the way back would send the feed over plain text.
    if (from.url.protocol === 'https:' && next.url.protocol === 'http:') {
      throw new ProxyError('blocked_scheme', { message: 'The feed redirected from https to http.' })
    }
    return next
  } catch (error) {
    // The user's URL was fine; its server chose a target we refuse: a bad gateway, not a bad request.
    if (error instanceof ProxyError && error.status < 403) {
      throw new ProxyError(error.kind, { message: error.message, status: 502 })
    }
    throw error
  }
}

type HopOutcome = FetchedFeed | NotModified | { status: 'redirect'; location: string }

async function fetchHop(
  target: CheckedUrl,
  policy: FetchPolicy,
  options: SafeFetchOptions,
  totalSignal: AbortSignal,
): Promise<HopOutcome> {
  const headers = createDeadline(policy.headersTimeoutMs, totalSignal)
  let response: IncomingMessage
  try {
    const address = await resolveCheckedAddress(target, policy, headers.signal)
    response = await requestUpstream(
      target,
      address,
      policy,
      options.validators ?? {},
      headers.signal,
    )
  } catch (error) {
    throw headers.signal.aborted ? abortReason(headers.signal) : error
  } finally {
    headers.clear()
  }
  // From here the body is bound by the whole-fetch deadline only.
  try {
    return await readHop(response, target, policy, options, totalSignal)
  } finally {
    response.destroy()
  }
}

async function readHop(
  response: IncomingMessage,
  target: CheckedUrl,
  policy: FetchPolicy,
  options: SafeFetchOptions,
  signal: AbortSignal,
): Promise<HopOutcome> {
  const status = response.statusCode ?? 0
  const location = response.headers.location
  if (REDIRECTS.has(status) && location) return { status: 'redirect', location }
  if (status === 304 && options.validators) {
    return { status: 'not_modified', finalUrl: target.url.href }
  }
  if (status !== 200 && status !== 203) throw upstreamStatusError(response)
  const contentType = response.headers['content-type'] ?? ''
  // Decided on the header before a byte of the body is read.
  if (!isAllowedType(contentType, options.allowHtml ?? false)) {
    throw new ProxyError('bad_content_type')
  }
  const bytes = await readBody(response, policy, signal)
  checkBodyType(contentType, bytes)
  return {
    status: 'ok',
    body: decodeFeedText(bytes, contentType),
    contentType,
    finalUrl: target.url.href,
    etag: response.headers.etag,
    lastModified: response.headers['last-modified'],
  }
}
