import type { Incident, ParsedFeed } from '../model'

/** GET /api/history's answer: a vendor's merged incidents and each source's coverage intervals. */
export interface ServerHistoryAnswer {
  vendorId: string
  incidents: Incident[]
  sources: { sourceId: string; intervals: { from: string; to: string }[] }[]
}

/**
 * The server's history as parsed feeds: the first carries every incident and the first interval,
 * each further interval comes as a feed without incidents, so every span the store covers counts.
 */
export function serverHistoryFeeds(history: ServerHistoryAnswer): ParsedFeed[] {
  const intervals = history.sources.flatMap((source) => source.intervals)
  const [first, ...rest] = intervals
  const base = (): Omit<ParsedFeed, 'incidents' | 'coverage'> => ({
    format: history.incidents[0]?.format ?? 'generic-rss',
    vendor: null,
    pageUrl: null,
    components: [],
    // The server's history is a merge of many captures, not one: it states no capture time.
    capturedAt: null,
    warnings: [],
  })
  return [
    { ...base(), incidents: history.incidents, coverage: first ?? { from: null, to: null } },
    ...rest.map((interval) => ({ ...base(), incidents: [], coverage: interval })),
  ]
}
