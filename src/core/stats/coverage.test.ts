import { describe, expect, it } from 'vitest'
import { coverageWindows, describeCoverage } from './coverage'
import { makeIncident } from '../__fixtures__/make-incident'
import { computeVendorStats, type StatsOptions } from './vendor-stats'

const JANUARY = 31 * 1440
const NOW = Date.parse('2026-01-01T00:00:00.000Z')
const january = {
  start: Date.parse('2025-01-01T00:00:00Z'),
  end: Date.parse('2025-02-01T00:00:00Z'),
}

function statsOf(options: Partial<StatsOptions>) {
  return computeVendorStats(
    [makeIncident({ start: '2025-01-20T10:00:00.000Z', end: '2025-01-20T11:00:00.000Z' })],
    { from: '2025-01-01', to: '2025-02-01', now: '2026-01-01T00:00:00.000Z', ...options },
  )
}

describe('coverage', () => {
  it('reports a period reaching before coverage, with uptime over the covered part as well', () => {
    const stats = statsOf({ coverage: { from: '2025-01-16T12:00:00.000Z', to: null } })
    expect(stats.coverage.coveredMinutes).toBe(JANUARY / 2)
    expect(stats.coverage.coveredFraction).toBe(0.5)
    expect(stats.coverage.partialCoverage).toBe(true)
    expect(stats.coverage.coverageNote).toBe(
      'data covers 2025-01-16 onward (50.0 % of the period); uptime is computed over the covered ' +
        'part only',
    )
    expect(stats.uptimePercent).toBeCloseTo(100 * (1 - 60 / (JANUARY / 2)), 10)
    expect(stats.sla).toMatchObject({ status: 'insufficient_data', coveredFraction: 0.5 })
    expect(stats.coverage.coveredUptimePercent).toBeCloseTo(100 * (1 - 60 / (JANUARY / 2)), 10)
    expect(stats.coverage.from).toBe('2025-01-16T12:00:00.000Z')
    expect(stats.coverage.to).toBe('2026-01-01T00:00:00.000Z')
  })

  it('gives a month no data covers no uptime and no SLA verdict, never 100 %', () => {
    const stats = statsOf({
      from: '2024-12-01',
      coverage: { from: '2025-01-01T00:00:00.000Z', to: '2025-03-01T00:00:00.000Z' },
    })
    const [december, january] = stats.months
    expect(december?.uptimePercent).toBeNull()
    expect(december?.coverage.coveredFraction).toBe(0)
    expect(december?.coverage.coverageNote).toBe('no data covers this period, so it has no uptime')
    expect(december?.sla.status).toBe('no_data')
    expect(january?.coverage.partialCoverage).toBe(false)
    expect(january?.coverage.coverageNote).toBeNull()
    expect(january?.uptimePercent).toBeCloseTo(100 * (1 - 60 / JANUARY), 10)
  })

  it('merges several sources and names the gaps', () => {
    const known = coverageWindows(
      [
        { from: '2025-01-01T00:00:00.000Z', to: '2025-01-05T00:00:00.000Z' },
        { from: '2025-01-04T00:00:00.000Z', to: '2025-01-08T06:00:00.000Z' },
        { from: '2025-01-20T00:00:00.000Z', to: null },
        { from: null, to: null },
      ],
      NOW,
    )
    expect(known?.windows).toHaveLength(2)
    const report = describeCoverage(known, january)
    expect(report.coveredMinutes).toBe((7 * 24 + 6 + 12 * 24) * 60)
    expect(report.coverageNote).toMatch(
      /^data covers until 2025-01-08 06:00 UTC, 2025-01-20 onward \(62\.1 % of the period\)/,
    )
  })

  it('says so when no source states its coverage, and treats a source speaking for none as zero', () => {
    const unknown = statsOf({})
    expect(unknown.coverage.coveredFraction).toBeNull()
    expect(unknown.coverage.partialCoverage).toBe(false)
    expect(unknown.coverage.coverageNote).toMatch(/^coverage not stated/)
    expect(unknown.uptimePercent).not.toBeNull()
    const none = statsOf({ coverage: { from: null, to: null } })
    expect(none.coverage.coveredFraction).toBe(0)
    expect(none.uptimePercent).toBeNull()
    expect(none.components[0]?.uptimePercent).toBeNull()
  })

  it('never lets coverage reach past now', () => {
    const known = coverageWindows(
      { from: '2025-01-01T00:00:00.000Z', to: '2030-01-01T00:00:00.000Z' },
      NOW,
    )
    expect(known?.to).toBe('2026-01-01T00:00:00.000Z')
  })
})
