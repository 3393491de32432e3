import type { ParsedFeed } from '../model'

/**
 * Many one-incident documents as one source: their incidents and components, no coverage of their
 * own (the history pages state what period was fetched), every warning kept.
 */
export function combineIncidentFeeds(feeds: readonly ParsedFeed[]): ParsedFeed | null {
  const first = feeds[0]
  if (!first) return null
  return {
    format: first.format,
    vendor: first.vendor,
    pageUrl: first.pageUrl,
    components: [...new Set(feeds.flatMap((feed) => feed.components))],
    incidents: feeds.flatMap((feed) => feed.incidents),
    coverage: { from: null, to: null },
    // ISO UTC instants sort as text: the latest document's capture time.
    capturedAt:
      feeds
        .map((feed) => feed.capturedAt)
        .filter((at): at is string => at !== null)
        .sort()
        .at(-1) ?? null,
    warnings: feeds.flatMap((feed) => feed.warnings),
  }
}
