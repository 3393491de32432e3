import { combineIncidentFeeds } from '../core/backfill/combine'
import { createBackfill } from '../core/backfill/plan'
import { backfillProgress } from '../core/backfill/queue'
import { runBackfill, type BackfillDeps } from '../core/backfill/run'
import { codesStoredInFull } from '../core/backfill/stored'
import { statuspageBase } from '../core/backfill/urls'
import type { ParsedFeed } from '../core/model'
import { parseFeed } from '../core/parse/index'
import type { ReportSource } from '../core/report/build-report'
import { parseFetchEnv } from '../server/env'
import { fetchFeedText } from '../server/safe-fetch'

/** The page a URL input names: the page of a known Statuspage feed, else the address itself. */
function pageBaseOf(input: string): string {
  return statuspageBase(input) ?? input.replace(/[?#].*$/, '').replace(/\/+$/, '')
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => {
      clearTimeout(timer)
      reject(Object.assign(new Error('cancelled'), { name: 'AbortError' }))
    })
  })

/**
 * `--history N`: the page's history.json pages back N months and every incident in them as its own
 * JSON, fetched by the proxy's safe fetcher two at a time with a pause between pages. Progress
 * goes to stderr; Ctrl-C stops it.
 */
export async function backfillSources(input: string, months: number): Promise<ReportSource[]> {
  const base = pageBaseOf(input)
  const policy = parseFetchEnv(process.env)
  const controller = new AbortController()
  const stop = () => controller.abort()
  process.once('SIGINT', stop)
  const pages: ReportSource[] = []
  const incidents: ParsedFeed[] = []
  const deps: BackfillDeps = {
    fetchText: async (url) => {
      const fetched = await fetchFeedText(url, policy, controller.signal)
      return { body: fetched.body, fetchedAt: new Date().toISOString() }
    },
    parse: (text, location) => parseFeed(text, { location }),
    store: async (feed, _fetchedAt, url) => {
      if (url.includes('/history.json?page=')) pages.push({ location: url, feed })
      else incidents.push(feed)
    },
    storedInFull: async () => codesStoredInFull(incidents.flatMap((feed) => feed.incidents)),
    save: (state) => {
      const p = backfillProgress(state, new Date().toISOString())
      // A line per page, then one per ten incidents and the last.
      const incidentStep = state.pending.length > 0 && p.incidentsFetched % 10 !== 0
      if (p.incidentsFetched > 0 && incidentStep) return
      process.stderr.write(
        `${base}: history pages ${p.pagesFetched}/${p.pagesPlanned}, incidents ${p.incidentsFetched}/${p.incidentsPlanned}\n`,
      )
    },
    sleep: (ms) => sleep(ms, controller.signal),
    now: () => new Date().toISOString(),
  }
  try {
    const state = await runBackfill(
      createBackfill(base, months, deps.now()),
      deps,
      controller.signal,
    )
    if (state.failed.length > 0)
      process.stderr.write(
        `${base}: warning: ${state.failed.length} incident(s) could not be fetched: ${state.failed.join(', ')}\n`,
      )
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(`${base}: ${message}`, { cause: error })
  } finally {
    process.off('SIGINT', stop)
  }
  const combined = combineIncidentFeeds(incidents)
  const details = combined ? [{ location: `${base}/api/v2/incidents/*.json`, feed: combined }] : []
  return [...pages, ...details]
}
