import { describe, expect, it } from 'vitest'
import { createBackfill, recordHistoryPage } from '../../core/backfill/plan'
import { chooseBackfill } from './backfill-merge'

const NOW = '2026-12-03T09:00:00.000Z'
const BASE = 'https://status.vendor.test'
const fresh = createBackfill(BASE, 3, NOW)
const onePage = recordHistoryPage(fresh, {
  page: 1,
  coverage: { from: '2026-10-01T00:00:00Z', to: NOW },
  incidents: [{ id: 'abc', start: '2026-11-01T00:00:00Z', end: '2026-11-01T01:00:00Z' }],
})

describe('the backfill state a workspace write leaves', () => {
  it('is the stored one when the writer sends a request or an older state', () => {
    expect(chooseBackfill(onePage, { base: BASE, months: 3 }, NOW)).toBe(onePage)
    expect(chooseBackfill(onePage, { ...fresh }, NOW)).toBe(onePage)
  })

  it("is the writer's when it is further along, or when the page address changed", () => {
    expect(chooseBackfill(fresh, { ...onePage }, NOW)).toEqual(onePage)
    const moved = chooseBackfill(onePage, { base: 'https://other.test', months: 3 }, NOW)
    expect(moved).toEqual(createBackfill('https://other.test', 3, NOW))
  })

  it('extends the stored progress when the writer asks for more months', () => {
    const longer = chooseBackfill(onePage, { base: BASE, months: 6 }, NOW)
    expect(longer).toMatchObject({ months: 6, pagesFetched: 1, historyDone: false })
    expect(longer.spanFrom < onePage.spanFrom).toBe(true)
  })
})
