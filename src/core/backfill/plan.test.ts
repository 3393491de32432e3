import { describe, expect, it } from 'vitest'
import {
  createBackfill,
  extendBackfill,
  nextHistoryPage,
  pageFor,
  recordHistoryPage,
  spanStart,
} from './plan'
import {
  backfillProgress,
  incidentsToFetch,
  isBackfillComplete,
  recordIncident,
  retryFailed,
} from './queue'

const NOW = '2026-12-03T09:00:00.000Z'
const base = 'https://status.example.com'
const incident = (id: string, start: string, end: string | null = null) => ({ id, start, end })

describe('the backfill span and pages', () => {
  it('starts the span the chosen number of calendar months before now, at midnight UTC', () => {
    expect(spanStart(NOW, 12)).toBe('2025-12-03T00:00:00.000Z')
    expect(spanStart('2026-03-31T10:00:00Z', 1)).toBe('2026-03-03T00:00:00.000Z')
  })

  it('finds the page listing a month: page 1 holds this month and the two before', () => {
    expect(pageFor('2026-12-01T00:00:00Z', NOW)).toBe(1)
    expect(pageFor('2026-10-01T00:00:00Z', NOW)).toBe(1)
    expect(pageFor('2026-09-30T23:59:59Z', NOW)).toBe(2)
    expect(pageFor('2025-12-03T00:00:00Z', NOW)).toBe(5)
  })

  it('asks for page 1 first, then the page before what is covered, until the span is covered', () => {
    let state = createBackfill(base, 12, NOW)
    expect(backfillProgress(state, NOW)).toMatchObject({ pagesFetched: 0, pagesPlanned: 5 })
    const pages: number[] = []
    for (
      let page = nextHistoryPage(state, NOW);
      page !== null;
      page = nextHistoryPage(state, NOW)
    ) {
      pages.push(page)
      const firstMonth = Date.UTC(2026, 11 - (page - 1) * 3 - 2, 1)
      state = recordHistoryPage(state, {
        page,
        coverage: { from: new Date(firstMonth).toISOString(), to: NOW },
        incidents: [],
      })
    }
    expect(pages).toEqual([1, 2, 3, 4, 5])
    expect(state.coveredFrom).toBe('2025-10-01T00:00:00.000Z')
    expect(backfillProgress(state, NOW)).toMatchObject({ pagesFetched: 5, pagesPlanned: 5 })
  })

  it('ends the history when a page reaches no further back than the last one', () => {
    let state = createBackfill(base, 24, NOW)
    const coverage = { from: '2026-10-01T00:00:00Z', to: NOW }
    state = recordHistoryPage(state, { page: 1, coverage, incidents: [] })
    expect(nextHistoryPage(state, NOW)).toBe(2)
    state = recordHistoryPage(state, { page: 2, coverage, incidents: [] })
    expect(state.historyDone).toBe(true)
    expect(nextHistoryPage(state, NOW)).toBeNull()
  })

  it('resumes from the page before the covered span even after the month has turned', () => {
    const started = recordHistoryPage(createBackfill(base, 12, NOW), {
      page: 1,
      coverage: { from: '2026-10-01T00:00:00Z', to: NOW },
      incidents: [],
    })
    // In January September is four months back, still on page 2; in March it is on page 3.
    expect(nextHistoryPage(started, '2027-01-05T00:00:00Z')).toBe(2)
    expect(nextHistoryPage(started, '2027-03-05T00:00:00Z')).toBe(3)
  })
})

describe('which incidents a backfill fetches', () => {
  const page = recordHistoryPage(createBackfill(base, 3, NOW), {
    page: 1,
    coverage: { from: '2026-10-01T00:00:00Z', to: NOW },
    incidents: [
      incident('old', '2026-08-20T10:00:00Z', '2026-08-20T11:00:00Z'),
      incident('mid', '2026-10-10T10:00:00Z', '2026-10-10T11:00:00Z'),
      incident('new', '2026-11-20T10:00:00Z', '2026-11-20T11:00:00Z'),
      incident('open', '2026-12-02T10:00:00Z'),
      incident('across', '2026-09-02T23:00:00Z', '2026-09-03T01:00:00Z'),
    ],
  })

  it('queues the incidents in the span, newest first; one ending in the span counts', () => {
    expect(page.spanFrom).toBe('2026-09-03T00:00:00.000Z')
    expect(page.pending).toEqual(['open', 'new', 'mid', 'across'])
    // Page 1 starts at October 1: September 3–30 is on page 2.
    expect(nextHistoryPage(page, NOW)).toBe(2)
  })

  it('never fetches an incident already stored in full, and never queues one twice', () => {
    expect(incidentsToFetch(page, new Set(['new', 'mid']))).toEqual(['open', 'across'])
    const again = recordHistoryPage(recordIncident(page, 'open', 'fetched'), {
      page: 2,
      coverage: { from: '2026-07-01T00:00:00Z', to: '2026-10-01T00:00:00Z' },
      incidents: [
        incident('open', '2026-12-02T10:00:00Z'),
        incident('mid', '2026-10-10T10:00:00Z'),
      ],
    })
    expect(again.pending).toEqual(['new', 'mid', 'across'])
    expect(again.fetched).toEqual(['open'])
  })

  it('counts progress and completes only when nothing is pending or failed', () => {
    let state = recordIncident(page, 'open', 'fetched')
    state = recordIncident(state, 'new', 'failed')
    expect(backfillProgress(state, NOW)).toEqual({
      pagesFetched: 1,
      pagesPlanned: 2,
      incidentsFetched: 1,
      incidentsPlanned: 4,
      failed: 1,
      complete: false,
    })
    state = retryFailed(state)
    expect(state.pending).toEqual(['mid', 'across', 'new'])
    for (const code of ['mid', 'across', 'new']) state = recordIncident(state, code, 'fetched')
    expect(isBackfillComplete(state)).toBe(false)
    state = recordHistoryPage(state, {
      page: 2,
      coverage: { from: '2026-07-01T00:00:00Z', to: '2026-10-01T00:00:00Z' },
      incidents: [],
    })
    expect(isBackfillComplete(state)).toBe(true)
  })

  it('extends to a longer span keeping what was fetched, and ignores a shorter one', () => {
    const done = recordIncident(page, 'open', 'fetched')
    const longer = extendBackfill(done, 12, NOW)
    // "old" (August) was listed on page 1 before the 3-month span; the 12-month one takes it.
    expect(done.earlier).toEqual([{ code: 'old', at: '2026-08-20T11:00:00Z' }])
    expect(longer).toMatchObject({ months: 12, historyDone: false, fetched: ['open'], earlier: [] })
    expect(longer.pending).toEqual(['new', 'mid', 'across', 'old'])
    expect(nextHistoryPage(longer, NOW)).toBe(2)
    expect(extendBackfill(done, 1, NOW)).toMatchObject({ months: 3, spanFrom: done.spanFrom })
  })
})
