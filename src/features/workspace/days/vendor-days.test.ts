import { describe, expect, it } from 'vitest'
import { vendorFigures } from '../model/vendor-figures'
import { maestraView, makeAnalysis } from '../__fixtures__/demo-views'
import { DAY_CLEAR, DAY_MAINTENANCE, DAY_NO_DATA, vendorDays } from './vendor-days'

describe('vendorDays', () => {
  it("sums maestra's days into the statistics' monthly minutes", () => {
    const view = maestraView()
    const analysis = makeAnalysis()
    const { months } = vendorDays(view, analysis)
    const stats = vendorFigures(view, analysis).months
    expect(months.map((m) => m.label)).toEqual(stats.map((m) => m.label))
    months.forEach((month, index) => {
      const incident =
        month.major_outage + month.partial_outage + month.degraded_performance + month.unknown
      expect(incident).toBeCloseTo(stats[index]?.incidentMinutes ?? NaN, 9)
      expect(month.maintenance).toBeCloseTo(stats[index]?.maintenanceMinutes ?? NaN, 9)
    })
  })

  it('codes each day by its worst level, maintenance, clear, or no data', () => {
    const days = vendorDays(maestraView(), makeAnalysis())
    const code = (day: string) => days.codes[days.days.indexOf(day)]
    expect(code('2025-06-01')).toBe(DAY_NO_DATA)
    expect(code('2026-05-21')).toBe(2) // the CDP incident, degraded performance
    expect(code('2026-05-24')).toBe(DAY_MAINTENANCE)
    expect(code('2026-05-22')).toBe(DAY_CLEAR)
    expect(days.incidentMinutes[days.days.indexOf('2026-05-21')]).toBe(460)
  })

  it('marks a month without any covered day as having no data', () => {
    const { months } = vendorDays(maestraView(), makeAnalysis('strict', '2025-05-01', '2025-08-01'))
    expect(months.map((month) => [month.label, month.hasData])).toEqual([
      ['2025-05', false],
      ['2025-06', true],
      ['2025-07', true],
    ])
  })
})
