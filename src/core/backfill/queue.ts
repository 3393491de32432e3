/** The incident queue of a backfill, and how far it has got. */
import { nextHistoryPage, pageFor, type BackfillState } from './plan'

/** Pages the span needs in all, for the progress bar: those fetched plus those left. */
function plannedPages(state: BackfillState, now: string): number {
  const next = nextHistoryPage(state, now)
  if (next === null) return state.pagesFetched
  return state.pagesFetched + Math.max(1, pageFor(state.spanFrom, now) - next + 1)
}

/** The codes to fetch now: queued ones not already stored in full. */
export function incidentsToFetch(
  state: BackfillState,
  storedInFull: ReadonlySet<string>,
): string[] {
  return state.pending.filter((code) => !storedInFull.has(code.toLowerCase()))
}

/** Moves a code out of the queue: fetched (or found stored in full) or failed. */
export function recordIncident(
  state: BackfillState,
  code: string,
  outcome: 'fetched' | 'failed',
): BackfillState {
  const pending = state.pending.filter((c) => c !== code)
  if (outcome === 'failed')
    return { ...state, pending, failed: [...state.failed.filter((c) => c !== code), code] }
  return {
    ...state,
    pending,
    failed: state.failed.filter((c) => c !== code),
    fetched: state.fetched.includes(code) ? state.fetched : [...state.fetched, code],
  }
}

/** Failed codes go back to the queue, so a resume retries them. */
export function retryFailed(state: BackfillState): BackfillState {
  return { ...state, pending: [...state.pending, ...state.failed], failed: [] }
}

export function isBackfillComplete(state: BackfillState): boolean {
  return state.historyDone && state.pending.length === 0 && state.failed.length === 0
}

export interface BackfillProgress {
  pagesFetched: number
  pagesPlanned: number
  incidentsFetched: number
  incidentsPlanned: number
  failed: number
  complete: boolean
}

export function backfillProgress(state: BackfillState, now: string): BackfillProgress {
  return {
    pagesFetched: state.pagesFetched,
    pagesPlanned: plannedPages(state, now),
    incidentsFetched: state.fetched.length,
    incidentsPlanned: state.fetched.length + state.pending.length + state.failed.length,
    failed: state.failed.length,
    complete: isBackfillComplete(state),
  }
}
