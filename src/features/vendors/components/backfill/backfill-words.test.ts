import { describe, expect, it } from 'vitest'
import type { ServerBackfill } from '../../../workspace/team/server-client'
import { serverBackfillWords } from './backfill-words'

const backfill = (progress: ServerBackfill['progress'], lastError: string | null = null) => ({
  vendorId: 'v1',
  sourceId: 'h1',
  base: 'https://status.example.com',
  months: 12,
  progress,
  nextRunAt: null,
  lastError,
  failures: lastError ? 1 : 0,
})
const progress = { pagesFetched: 2, pagesPlanned: 4, incidentsFetched: 5, incidentsPlanned: 9 }

describe("the server's backfill in one line", () => {
  it('says how far the server has got, and its last error while it goes on', () => {
    expect(serverBackfillWords(backfill({ ...progress, failed: 0, complete: false }))).toBe(
      'The server continues this backfill: 2 of 4 pages, 5 of 9 incidents.',
    )
    expect(
      serverBackfillWords(backfill({ ...progress, failed: 1, complete: false }, 'HTTP 500')),
    ).toBe('The server continues this backfill: 2 of 4 pages, 5 of 9 incidents. Last try: HTTP 500')
  })

  it('says when the server has finished, and when it has not started yet', () => {
    const done = { pagesFetched: 4, pagesPlanned: 4, incidentsFetched: 9, incidentsPlanned: 9 }
    expect(serverBackfillWords(backfill({ ...done, failed: 0, complete: true }))).toBe(
      'The server has fetched this backfill: 4 of 4 pages, 9 of 9 incidents.',
    )
    expect(serverBackfillWords(backfill(null))).toBe(
      'The server continues this backfill from its next run.',
    )
  })
})
