import { describe, expect, it } from 'vitest'
import { maestraView, makeAnalysis } from '../__fixtures__/demo-views'
import { describeDay, summarizeDays } from './day-readout'
import { vendorDays } from './vendor-days'

const days = () => vendorDays(maestraView(), makeAnalysis())
const at = (day: string) => describeDay(days(), days().days.indexOf(day))

describe('describeDay', () => {
  it('names the worst level and the minutes of an incident day', () => {
    expect(at('2026-05-21')).toBe(
      '2026-05-21: Degraded performance (worst), 7 h 40 min of incidents',
    )
  })

  it('describes maintenance-only, clear and uncovered days', () => {
    expect(at('2026-05-24')).toBe('2026-05-24: 1 h 00 min of maintenance')
    expect(at('2026-05-22')).toBe('2026-05-22: no incidents or maintenance')
    expect(at('2025-06-01')).toBe('2025-06-01: no data')
  })
})

describe('summarizeDays', () => {
  it('counts the days of each kind', () => {
    expect(summarizeDays(days())).toMatch(
      /^365 days: \d+ with incidents, \d+ with maintenance only, 2\d without data$/,
    )
  })
})
