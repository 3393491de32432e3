import { describe, expect, it } from 'vitest'
import { computeDayGrid } from './day-grid'
import { makeIncident, makeMaintenance } from '../__fixtures__/make-incident'
import { buildVendorTimeline } from './timeline'
import { parsePeriod } from './time-range'

describe('computeDayGrid', () => {
  it('splits minutes per component, day and state at UTC midnight', () => {
    const timeline = buildVendorTimeline(
      [
        makeIncident({ start: '2025-01-01T23:00:00.000Z', end: '2025-01-02T01:30:00.000Z' }),
        makeMaintenance({
          start: '2025-01-03T10:00:00.000Z',
          end: '2025-01-03T11:00:00.000Z',
          components: ['Web'],
        }),
        makeIncident({
          start: '2024-12-31T12:00:00.000Z',
          end: '2025-01-01T00:30:00.000Z',
          impact: 'unknown',
        }),
      ],
      { now: '2026-01-01T00:00:00.000Z' },
    )
    const grid = computeDayGrid(timeline, parsePeriod('2025-01-01', '2025-01-04'))
    expect(grid.days).toEqual(['2025-01-01', '2025-01-02', '2025-01-03'])
    expect(grid.rows.map((row) => row.component)).toEqual([null, 'API', 'Web'])
    const [vendor, api, web] = grid.rows
    expect([...(vendor?.minutes.major_outage ?? [])]).toEqual([60, 90, 0])
    expect([...(vendor?.minutes.unknown ?? [])]).toEqual([30, 0, 0])
    expect([...(vendor?.minutes.maintenance ?? [])]).toEqual([0, 0, 60])
    expect([...(api?.minutes.major_outage ?? [])]).toEqual([60, 90, 0])
    expect([...(api?.minutes.maintenance ?? [])]).toEqual([0, 0, 0])
    expect([...(web?.minutes.maintenance ?? [])]).toEqual([0, 0, 60])
  })
})
