import { describe, expect, it } from 'vitest'
import {
  captionLines,
  exportFilename,
  frameLayout,
  lastDay,
  packRows,
  vendorList,
  wrapText,
} from './chart-export-model'

const PERIOD = { label: 'Custom', from: '2025-06-01', to: '2026-06-01' }

describe('exportFilename', () => {
  it('names the chart, the vendor and the period', () => {
    expect(exportFilename('downtime', ['maestra'], PERIOD, 'png')).toBe(
      'downtime-maestra-2025-06-01_2026-06-01.png',
    )
  })
  it('makes vendor names safe and says all-vendors for many or a fleet chart', () => {
    expect(exportFilename('timeline', ['Sauce Labs', 'Ünicode Co.'], PERIOD, 'svg')).toBe(
      'timeline-sauce-labs-unicode-co-2025-06-01_2026-06-01.svg',
    )
    expect(exportFilename('heatmap', ['a', 'b', 'c', 'd'], PERIOD, 'png')).toContain('all-vendors')
    expect(exportFilename('downtime', ['a'], PERIOD, 'png', true)).toContain('-all-vendors-')
  })
})

const CAPTION = { title: 'T', vendors: ['a'], period: PERIOD, formula: 'f', coverage: 'c' }

describe('caption text', () => {
  it('states vendors, the inclusive period, method, coverage and the UTC generation time', () => {
    const lines = captionLines(
      {
        title: 'T',
        vendors: ['maestra', 'Voyado'],
        period: PERIOD,
        formula: 'uptime = 100 × (1 − down ÷ period)',
        coverage: 'Data coverage: the data covers the whole period.',
      },
      new Date(Date.UTC(2026, 5, 2, 8, 30)),
    )
    expect(lines.header).toEqual([
      'Vendors: maestra, Voyado',
      'Period: Custom, 2025-06-01 to 2026-05-31 (UTC days, both ends included)',
    ])
    expect(lines.footer).toEqual([
      'Method: uptime = 100 × (1 − down ÷ period)',
      'Data coverage: the data covers the whole period.',
      'Generated 2026-06-02T08:30:00.000Z by Vendor Reliability',
    ])
  })
  it('does not repeat dates a custom period label already shows', () => {
    const period = { label: '2025-06-01 → 2026-05-31', from: '2025-06-01', to: '2026-06-01' }
    const lines = captionLines({ ...CAPTION, period }, new Date(0))
    expect(lines.header[1]).toBe('Period: 2025-06-01 → 2026-05-31 (UTC days, both ends included)')
  })
  it('shortens long vendor lists and finds the last day of an exclusive end', () => {
    const names = Array.from({ length: 40 }, (_, i) => `v${i}`)
    expect(vendorList(names)).toMatch(/^v0, v1, .*v9 and 30 more$/)
    expect(lastDay('2026-03-01')).toBe('2026-02-28')
  })
})

describe('wrapText and packRows', () => {
  const measure = (s: string) => s.length * 10
  it('wraps at word boundaries within the width', () => {
    expect(wrapText('aa bb cc dd', 50, measure)).toEqual(['aa bb', 'cc dd'])
    expect(wrapText('averyveryverylongword x', 50, measure)).toEqual(['averyveryverylongword', 'x'])
  })
  it('packs legend items into rows', () => {
    expect(packRows([40, 40, 40], 100, 10)).toEqual([[0, 1], [2]])
  })
})

describe('frameLayout', () => {
  const counts = { titleLines: 1, headerLines: 2, legendRows: 1, footerLines: 3 }
  it('keeps slides at 1600×900 and gives the chart the room between header and footer', () => {
    const layout = frameLayout('slides', counts, () => 300)
    expect([layout.width, layout.height]).toEqual([1600, 900])
    expect(layout.chart.y + layout.chart.height).toBeLessThan(layout.footerTop)
    expect(layout.chart.width).toBe(1600 - 80)
  })
  it('makes documents 1200 wide and as tall as the chart asks', () => {
    const short = frameLayout('document', counts, () => 200)
    const tall = frameLayout('document', counts, () => 600)
    expect(short.width).toBe(1200)
    expect(tall.height - short.height).toBe(400)
    expect(tall.chart.height).toBeGreaterThanOrEqual(600)
  })
})
