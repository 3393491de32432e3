import type { ParsedFeed } from '../../../core/model'
import type { ServerHistory } from './server-client'

const UPLOADED_KEY = 'vendor-reliability-uploaded-to-server'

/** The server's merged history as feeds the browser's archive merges: one per covered interval. */
export function feedOf(history: ServerHistory): ParsedFeed[] {
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

/** Whether this browser's own vendors were offered for upload already (once per browser). */
export const uploadOffered = {
  get: () => {
    try {
      return localStorage.getItem(UPLOADED_KEY) === '1'
    } catch {
      return true
    }
  },
  set: () => {
    try {
      localStorage.setItem(UPLOADED_KEY, '1')
    } catch {
      // storage blocked: the offer may come back next time
    }
  },
}
