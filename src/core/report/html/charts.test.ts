import { describe, expect, it } from 'vitest'
import { STATE_COLORS, NO_DATA_COLOR, OPERATIONAL_COLOR } from './chart-spec'
import { chartSvgString } from './chart-svg-string'
import { downtimeChart, niceStep } from './downtime-chart'
import { heatmapChart } from './heatmap-chart'
import type { ReportHeatmap, ReportMonth, StateMinutes } from './report-charts'

const minutes = (values: Partial<StateMinutes> = {}): StateMinutes => ({
  major_outage: 0,
  partial_outage: 0,
  degraded_performance: 0,
  unknown: 0,
  maintenance: 0,
  ...values,
})

const heatmap: ReportHeatmap = {
  days: ['2025-01-30', '2025-01-31', '2025-02-01'],
  covered: [false, true, true],
  rows: [
    { name: 'All components', cells: [{}, { degraded_performance: 30, maintenance: 60 }, {}] },
    { name: '<b>API</b>', cells: [{}, { major_outage: 300 }, {}] },
  ],
  periodDays: 3,
  hiddenRows: 0,
}

describe('the report charts', () => {
  it('draws one rect per component-day, coloured by the worst state, paler for short ones', () => {
    const spec = heatmapChart(heatmap, 'acme')
    expect(spec.rects).toHaveLength(6)
    const [noData, degraded, operational] = spec.rects
    expect(noData).toMatchObject({ fill: NO_DATA_COLOR, stroke: expect.any(String) })
    expect(degraded).toMatchObject({
      fill: STATE_COLORS.degraded_performance,
      opacity: 0.5,
      title: 'All components · 2025-01-31: Degraded 30 min, Maintenance 1 h 00 min',
    })
    expect(operational).toMatchObject({ fill: OPERATIONAL_COLOR })
    expect(operational?.title).toBeUndefined()
    expect(spec.rects[4]).toMatchObject({ fill: STATE_COLORS.major_outage })
    expect(spec.rects[4]?.opacity).toBeUndefined()
    expect(spec.texts.map((t) => t.text)).toEqual(['All components', '<b>API</b>', '2025-01-30'])
  })

  it('stacks each month by state on a scale in hours once a month passes three hours', () => {
    const months: ReportMonth[] = [
      { label: '2025-01', minutes: minutes({ major_outage: 120, maintenance: 240 }) },
      { label: '2025-02', minutes: minutes() },
    ]
    const spec = downtimeChart(months, [1, 0], 'acme')
    expect(spec.rects.map((r) => r.fill)).toEqual([
      STATE_COLORS.major_outage,
      STATE_COLORS.maintenance,
    ])
    const [major, maintenance] = spec.rects
    expect((maintenance?.h ?? 0) / (major?.h ?? 1)).toBeCloseTo(2, 6)
    expect(spec.texts.map((t) => t.text)).toEqual(
      expect.arrayContaining(['0 h', '6 h', 'no data', '2025-01', '2025-02']),
    )
    expect(spec.label).toContain('hours per month')
  })

  it('says so when a period has no downtime at all', () => {
    const spec = downtimeChart([{ label: '2025-01', minutes: minutes() }], [1], 'acme')
    expect(spec.rects).toEqual([])
    expect(spec.texts.map((t) => t.text)).toContain(
      'No incident or maintenance minutes in this period',
    )
  })

  it('picks gridline steps of 1, 2 or 5 × 10ⁿ', () => {
    expect(niceStep(10)).toBe(5)
    expect(niceStep(7.4)).toBe(2)
    expect(niceStep(460)).toBe(200)
    expect(niceStep(0.3)).toBe(0.1)
  })

  it('writes charts as SVG with every label escaped', () => {
    const svg = chartSvgString(heatmapChart(heatmap, 'a "quoted" <vendor>'))
    expect(svg).toContain('&lt;b&gt;API&lt;/b&gt;')
    expect(svg).toContain('aria-label="a &quot;quoted&quot; &lt;vendor&gt;: daily status')
    expect(svg).not.toContain('<b>')
    expect(svg.match(/<rect /g)).toHaveLength(6)
  })
})
