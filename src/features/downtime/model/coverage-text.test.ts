import { describe, expect, it } from 'vitest'
import type { CoverageReport } from '../../../core/stats/index'
import { describePeriodCoverage } from './coverage-text'

const report = (overrides: Partial<CoverageReport>): CoverageReport => ({
  from: '2025-06-26T10:00:00.000Z',
  to: '2026-11-20T00:00:00.000Z',
  coveredMinutes: 0,
  coveredFraction: 1,
  partialCoverage: false,
  coverageNote: null,
  coveredUptimePercent: null,
  ...overrides,
})

describe('describePeriodCoverage', () => {
  it('names the share and the days the feed speaks for when coverage is partial', () => {
    expect(describePeriodCoverage(report({ coveredFraction: 0.93 }))).toBe(
      'the data covers 93 % of the period (the feed speaks for 2025-06-26 to 2026-11-20)',
    )
  })

  it('says so plainly when the data covers all, none, or an unknown part', () => {
    expect(describePeriodCoverage(report({}))).toBe('the data covers the whole period')
    expect(describePeriodCoverage(report({ coveredFraction: 0 }))).toBe(
      'no data covers this period',
    )
    expect(describePeriodCoverage(report({ coveredFraction: null }))).toContain('do not state')
  })
})
