import type { Incident } from '../model'

export const DEFAULT_BACKFILL_MONTHS = 12
export const BACKFILL_SPANS = [3, 6, 12, 24] as const
/** history.json lists three calendar months a page. */
const MONTHS_PER_PAGE = 3

/** Where a backfill of one Statuspage page stands; plain JSON, so it can be stored and resumed. */
export interface BackfillState {
  base: string
  months: number
  /** The earliest instant the user asked for (ISO UTC). */
  spanFrom: string
  /** The span the fetched history pages really speak for, or nulls before the first page. */
  coveredFrom: string | null
  coveredTo: string | null
  /** The highest page fetched so far (0 before the first). */
  lastPage: number
  pagesFetched: number
  /** No more pages are needed: the span is covered or the page's history ended. */
  historyDone: boolean
  /** Incident codes in the span still to fetch, newest first. */
  pending: string[]
  /** Codes fetched in full, or found already stored in full. */
  fetched: string[]
  /** Codes whose fetch failed after retries; a resume tries them again. */
  failed: string[]
  /** Incidents the fetched pages list before the span (code, end or start), for an extension. */
  earlier: { code: string; at: string }[]
}

/** The first instant of the span: `months` calendar months before `now`, at 00:00 UTC of that day. */
export function spanStart(now: string, months: number): string {
  const date = new Date(now)
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, date.getUTCDate())
  return new Date(day).toISOString()
}

/** Calendar months from the month of `earlier` to the month of `later` (0 when the same). */
function monthsBetween(earlier: string, later: string): number {
  const a = new Date(earlier)
  const b = new Date(later)
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth()
}

/** The history.json page that lists the month of `instant`, counting from `now`'s month. */
export function pageFor(instant: string, now: string): number {
  return Math.floor(Math.max(0, monthsBetween(instant, now)) / MONTHS_PER_PAGE) + 1
}

export function createBackfill(base: string, months: number, now: string): BackfillState {
  return {
    base,
    months,
    spanFrom: spanStart(now, months),
    coveredFrom: null,
    coveredTo: null,
    lastPage: 0,
    pagesFetched: 0,
    historyDone: false,
    pending: [],
    fetched: [],
    failed: [],
    earlier: [],
  }
}

/**
 * A longer span for a backfill that ran before: its pages and incidents are kept, and incidents its
 * pages listed before the old span but inside the new one join the queue.
 */
export function extendBackfill(state: BackfillState, months: number, now: string): BackfillState {
  const spanFrom = spanStart(now, months)
  if (spanFrom >= state.spanFrom) return state
  const joining = state.earlier.filter((e) => e.at >= spanFrom)
  return {
    ...state,
    months,
    spanFrom,
    historyDone: false,
    pending: [...state.pending, ...joining.map((e) => e.code)],
    earlier: state.earlier.filter((e) => e.at < spanFrom),
  }
}

/** The next history page to fetch, or null once the span is covered. */
export function nextHistoryPage(state: BackfillState, now: string): number | null {
  if (state.historyDone) return null
  if (state.coveredFrom === null) return 1
  if (state.coveredFrom <= state.spanFrom) return null
  const before = new Date(Date.parse(state.coveredFrom) - 1).toISOString()
  return pageFor(before, now)
}

/** What one page said: the span its months cover and its incidents (code, start, end). */
export interface HistoryPageResult {
  page: number
  coverage: { from: string | null; to: string | null }
  incidents: readonly Pick<Incident, 'id' | 'start' | 'end'>[]
}

const inSpan = (incident: Pick<Incident, 'start' | 'end'>, spanFrom: string) =>
  (incident.end ?? incident.start) >= spanFrom

/**
 * Records a fetched page: coverage grows to its months, its incidents in the span join the queue
 * (newest first) unless already fetched. A page that does not reach further back ends the history.
 */
export function recordHistoryPage(state: BackfillState, result: HistoryPageResult): BackfillState {
  const { from, to } = result.coverage
  const reachedFurther = from !== null && (state.coveredFrom === null || from < state.coveredFrom)
  const coveredFrom = reachedFurther ? from : state.coveredFrom
  const coveredTo =
    to !== null && (state.coveredTo === null || to > state.coveredTo) ? to : state.coveredTo
  const known = new Set([
    ...state.pending,
    ...state.fetched,
    ...state.failed,
    ...state.earlier.map((e) => e.code),
  ])
  const unknown = [...result.incidents]
    .filter((incident) => !known.has(incident.id))
    .sort((a, b) => b.start.localeCompare(a.start))
  const fresh = unknown.filter((i) => inSpan(i, state.spanFrom)).map((i) => i.id)
  const earlier = unknown
    .filter((i) => !inSpan(i, state.spanFrom))
    .map((i) => ({ code: i.id, at: i.end ?? i.start }))
  return {
    ...state,
    coveredFrom,
    coveredTo,
    lastPage: Math.max(state.lastPage, result.page),
    pagesFetched: state.pagesFetched + 1,
    historyDone: !reachedFurther || (coveredFrom !== null && coveredFrom <= state.spanFrom),
    pending: [...state.pending, ...fresh],
    earlier: [...state.earlier, ...earlier],
  }
}
