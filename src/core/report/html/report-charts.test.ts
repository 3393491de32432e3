import { describe, expect, it } from 'vitest'
import { readFixture } from '../../__fixtures__/fixtures'
import { parseFeed } from '../../parse/index'
import { TIMELINE_STATES, computeVendorStats } from '../../stats/index'
import { makeIncident, makeMaintenance } from '../../__fixtures__/make-incident'
import { HEATMAP_MAX_DAYS, computeReportCharts } from './report-charts'

function maestra() {
  const outcome = parseFeed(readFixture('seeds/maestra-status-history.rss'), { location: 'm' })
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

const sum = (minutes: Record<string, number>, states: readonly string[]) =>
  states.reduce((total, s) => total + (minutes[s] ?? 0), 0)

describe('the print report chart data', () => {
  it("gives monthly minutes per state that add up to the figures' months", () => {
    const feed = maestra()
    const options = { from: '2025-06-01', to: '2026-06-01', now: '2026-11-21T00:00:00Z' }
    const coverage = [feed.coverage]
    const stats = computeVendorStats(feed.incidents, { ...options, method: 'strict', coverage })
    const charts = computeReportCharts(feed.incidents, { ...options, coverage })
    expect(charts.months.map((m) => m.label)).toEqual(stats.months.map((m) => m.label))
    charts.months.forEach((month, i) => {
      const figures = stats.months[i]
      const incidentStates = TIMELINE_STATES.filter((s) => s !== 'maintenance')
      expect(sum(month.minutes, incidentStates)).toBeCloseTo(figures?.incidentMinutes ?? -1, 6)
      expect(month.minutes.maintenance).toBeCloseTo(figures?.maintenanceMinutes ?? -1, 6)
    })
  })

  it('draws the last 90 days with data, one row per component after the overall row', () => {
    const feed = maestra()
    const charts = computeReportCharts(feed.incidents, {
      from: '2025-06-01',
      to: '2026-06-01',
      now: '2026-11-21T00:00:00Z',
      coverage: [feed.coverage],
    })
    const heatmap = charts.heatmap
    expect(heatmap?.days).toHaveLength(HEATMAP_MAX_DAYS)
    expect(heatmap?.days.at(-1)).toBe('2026-05-31')
    expect(heatmap?.periodDays).toBe(365)
    expect(heatmap?.rows.map((r) => r.name)).toEqual([
      'All components',
      'Admin panel',
      'Loyalty',
      'Mass campaigns',
      'Site personalization',
      'Transactional messages',
    ])
    // "Degraded access to admin panel", 2026-04-08 15:37, 16 min declared.
    const day = heatmap?.days.indexOf('2026-04-08') ?? -1
    expect(heatmap?.rows[1]?.cells[day]).toEqual({ degraded_performance: 16 })
    expect(heatmap?.rows[3]?.cells[day]).toEqual({})
  })

  it('marks days no source spoke for and has no heatmap when nothing covers the period', () => {
    const incidents = [makeIncident({ start: '2025-01-10T10:00:00Z', end: '2025-01-10T12:00:00Z' })]
    const base = { now: '2025-03-01T00:00:00Z' }
    const partly = computeReportCharts(incidents, {
      ...base,
      from: '2025-01-01',
      to: '2025-01-20',
      coverage: [{ from: '2025-01-05T08:00:00Z', to: '2025-01-15T00:00:00Z' }],
    })
    // From the first covered day to the last: days before the data starts are not drawn.
    expect(partly.heatmap?.days).toEqual(
      Array.from({ length: 10 }, (_, d) => `2025-01-${String(d + 5).padStart(2, '0')}`),
    )
    expect(partly.heatmap?.rows.map((r) => r.name)).toEqual(['Whole vendor'])
    expect(partly.heatmap?.rows[0]?.cells[5]).toEqual({ major_outage: 120 })
    const gap = computeReportCharts(incidents, {
      ...base,
      from: '2025-01-01',
      to: '2025-01-20',
      coverage: [
        { from: '2025-01-02T00:00:00Z', to: '2025-01-04T00:00:00Z' },
        { from: '2025-01-06T12:00:00Z', to: '2025-01-08T00:00:00Z' },
      ],
    })
    expect(gap.heatmap?.days).toEqual([
      '2025-01-02',
      '2025-01-03',
      '2025-01-04',
      '2025-01-05',
      '2025-01-06',
      '2025-01-07',
    ])
    expect(gap.heatmap?.covered.map(Number).join('')).toBe('110011')
    const none = computeReportCharts(incidents, {
      ...base,
      from: '2025-02-01',
      to: '2025-02-10',
      coverage: [{ from: '2025-01-05T08:00:00Z', to: '2025-01-15T00:00:00Z' }],
    })
    expect(none.heatmap).toBeNull()
    expect(none.months).toHaveLength(1)
  })

  it('names the rows of incidents that name no component apart from the components', () => {
    const incidents = [
      makeIncident({ components: ['API'] }),
      makeIncident({ components: ['Web'] }),
      makeMaintenance({ components: [] }),
    ]
    const charts = computeReportCharts(incidents, {
      from: '2025-01-01',
      to: '2025-02-01',
      now: '2025-03-01T00:00:00Z',
    })
    expect(charts.heatmap?.rows.map((r) => r.name)).toEqual([
      'All components',
      'API',
      'Web',
      'No component named',
    ])
    expect(charts.heatmap?.covered.every(Boolean)).toBe(true)
  })
})
