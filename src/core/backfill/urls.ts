/** Where a Statuspage page publishes what backfill and the default sources read. */

/** The paths of a Statuspage page's machine-readable sources, relative to its address. */
export const STATUSPAGE_JSON_PATHS = [
  '/api/v2/incidents.json',
  '/api/v2/scheduled-maintenances.json',
  '/api/v2/summary.json',
] as const

const KNOWN_SUFFIXES = [
  '/history.atom',
  '/history.rss',
  '/history.json',
  ...STATUSPAGE_JSON_PATHS,
  '/api/v2/components.json',
]

/**
 * The page address a Statuspage feed belongs to (origin plus any path before the feed's own),
 * or null when the URL is not one of a Statuspage page's known feeds.
 * @example statuspageBase('https://www.githubstatus.com/history.atom') // 'https://www.githubstatus.com'
 */
export function statuspageBase(feedUrl: string): string | null {
  let url: URL
  try {
    url = new URL(feedUrl)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  const path = url.pathname.replace(/\/+$/, '')
  const suffix = KNOWN_SUFFIXES.find((s) => path.endsWith(s))
  if (!suffix) return null
  return `${url.origin}${path.slice(0, path.length - suffix.length)}`
}

/** `/history.json?page=N`: three calendar months a page, page 1 ending with the current month. */
export function historyPageUrl(base: string, page: number): string {
  return `${base}/history.json?page=${page}`
}

/** The address of the history.json source backfill stores its pages and incidents under. */
export function historySourceUrl(base: string): string {
  return `${base}/history.json`
}

/** One incident's full JSON: every update, its components and exact times. */
export function incidentJsonUrl(base: string, code: string): string {
  return `${base}/api/v2/incidents/${encodeURIComponent(code)}.json`
}

/** The Statuspage JSON sources a vendor lacks, given the addresses it already reads. */
export function missingJsonSources(base: string, urls: readonly string[]): string[] {
  const have = new Set(urls.map((u) => u.replace(/\/+$/, '')))
  return STATUSPAGE_JSON_PATHS.map((path) => `${base}${path}`).filter((url) => !have.has(url))
}
