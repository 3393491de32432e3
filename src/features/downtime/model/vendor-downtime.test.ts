import { describe, expect, it } from 'vitest'
import { vendorFigures } from '../../workspace/model/vendor-figures'
import { maestraView, makeAnalysis } from '../../workspace/__fixtures__/demo-views'
import { vendorDowntime } from './vendor-downtime'

describe('vendorDowntime', () => {
  it("gives maestra's monthly maintenance minutes of the statistics", () => {
    const buckets = vendorDowntime(maestraView(), makeAnalysis(), 'month')
    const maintenance = Object.fromEntries(buckets.map((b) => [b.label, b.maintenanceMinutes]))
    expect(maintenance['2025-10']).toBe(300)
    expect(maintenance['2025-11']).toBe(30)
    expect(maintenance['2026-03']).toBe(120)
    expect(maintenance['2026-05']).toBe(120)
    expect(buckets).toHaveLength(12)
  })

  it('agrees with vendorFigures month by month on incident, weighted and maintenance minutes', () => {
    const view = maestraView()
    const analysis = makeAnalysis('statuspage')
    const months = vendorFigures(view, analysis).months
    const buckets = vendorDowntime(view, analysis, 'month')
    buckets.forEach((bucket, index) => {
      const month = months[index]
      expect(bucket.label).toBe(month?.label)
      expect(bucket.incidentMinutes).toBeCloseTo(month?.incidentMinutes ?? NaN, 9)
      expect(bucket.weightedIncidentMinutes).toBeCloseTo(month?.weightedIncidentMinutes ?? NaN, 9)
      expect(bucket.maintenanceMinutes).toBeCloseTo(month?.maintenanceMinutes ?? NaN, 9)
    })
  })

  it('splits incident minutes by level so that the levels add up to the total', () => {
    const buckets = vendorDowntime(maestraView(), makeAnalysis(), 'week')
    for (const bucket of buckets) {
      const sum =
        bucket.major_outage + bucket.partial_outage + bucket.degraded_performance + bucket.unknown
      expect(sum).toBeCloseTo(bucket.incidentMinutes, 9)
    }
    expect(buckets.reduce((total, b) => total + b.incidentMinutes, 0)).toBe(755)
  })

  it('marks the weeks before the feed starts as uncovered', () => {
    const buckets = vendorDowntime(maestraView(), makeAnalysis(), 'week')
    expect(buckets[0]?.coveredFraction).toBe(0)
    expect(buckets.at(-1)?.coveredFraction).toBe(1)
    const june = vendorDowntime(maestraView(), makeAnalysis(), 'month')[0]
    expect(june?.coveredFraction).toBeGreaterThan(0)
    expect(june?.coveredFraction).toBeLessThan(1)
  })

  it('returns the same series object while nothing changes', () => {
    const view = maestraView()
    const analysis = makeAnalysis()
    expect(vendorDowntime(view, analysis, 'month')).toBe(vendorDowntime(view, analysis, 'month'))
  })
})
