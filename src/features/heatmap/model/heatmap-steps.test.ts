import { describe, expect, it } from 'vitest'
import { dayTicks } from './day-ticks'
import { vendorDayCoverage } from './day-coverage'
import { heatmapRange } from './heatmap-range'
import { NO_DATA_STEP, stepOf } from './heatmap-steps'

describe('stepOf', () => {
  it('steps at 1 h, 4 h and 12 h of weighted downtime', () => {
    expect([0, 0.5, 59.9, 60, 239, 240, 719, 720].map((m) => stepOf(m, m, 1))).toEqual([
      0, 2, 2, 3, 3, 4, 4, 5,
    ])
  })

  it('keeps a day with unweighted incident minutes apart from a day without incidents', () => {
    expect(stepOf(0, 30, 1)).toBe(1)
  })

  it('shows an uncovered day as no data unless an incident is known on it', () => {
    expect(stepOf(0, 0, 0)).toBe(NO_DATA_STEP)
    expect(stepOf(45, 45, 0)).toBe(2)
  })
})

describe('heatmapRange', () => {
  it('ends at the period end and never starts before the period', () => {
    const range = heatmapRange({ from: '2025-12-01', to: '2026-01-01' }, 365)
    expect(new Date(range.start).toISOString().slice(0, 10)).toBe('2025-12-01')
    const thirty = heatmapRange({ from: '2025-01-01', to: '2026-01-01' }, 30)
    expect(new Date(thirty.start).toISOString().slice(0, 10)).toBe('2025-12-02')
  })

  it("ends with the day of the vendor's data end when that comes before the period's end", () => {
    const range = heatmapRange({ from: '2025-01-01', to: '2026-12-04' }, 90, '2026-01-20T14:00:00Z')
    expect(new Date(range.end).toISOString().slice(0, 10)).toBe('2026-01-21')
    expect(new Date(range.start).toISOString().slice(0, 10)).toBe('2025-10-23')
  })
})

describe('dayCoverage', () => {
  const range = {
    start: Date.parse('2025-01-01T00:00:00Z'),
    end: Date.parse('2025-01-04T00:00:00Z'),
  }

  it('splits spans at midnight and stops at now', () => {
    const coverage = { from: '2025-01-01T12:00:00Z', to: '2025-02-01T00:00:00Z', gaps: [] }
    const days = vendorDayCoverage(coverage, range, Date.parse('2025-01-03T06:00:00Z'))
    expect([...days]).toEqual([0.5, 1, 0.25])
  })

  it('treats coverage that is not stated as covered up to now', () => {
    const days = vendorDayCoverage(null, range, Date.parse('2025-01-02T00:00:00Z'))
    expect([...days]).toEqual([1, 0, 0])
  })
})

describe('dayTicks', () => {
  const days = Array.from({ length: 365 }, (_, i) =>
    new Date(Date.parse('2025-06-01T00:00:00Z') + i * 86_400_000).toISOString().slice(0, 10),
  )

  it('labels month starts with the year on the first and on January', () => {
    const labels = dayTicks(days, 3).map((tick) => tick.label)
    expect(labels.slice(0, 3)).toEqual(['Jun 2025', 'Jul', 'Aug'])
    expect(labels).toContain('Jan 2026')
  })

  it('labels Mondays when weeks fit', () => {
    const ticks = dayTicks(days.slice(0, 30), 10)
    expect(ticks.map((tick) => tick.label)[0]).toBe('Jun 2')
  })
})
