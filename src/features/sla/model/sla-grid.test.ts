import { describe, expect, it } from 'vitest'
import { maestraView, makeAnalysis, viewFromFixture } from '../../workspace/__fixtures__/demo-views'
import { buildSlaGrid } from './sla-grid'

const cellOf = (method: 'strict' | 'statuspage', label: string) => {
  const grid = buildSlaGrid([maestraView()], makeAnalysis(method), 'month')
  return grid.rows[0]?.cells.find((cell) => cell.label === label)
}

describe('buildSlaGrid', () => {
  it('gives maestra 2026-05 as 98.967 % breached with a 25 % credit under the strict method', () => {
    const cell = cellOf('strict', '2026-05')
    expect(cell?.uptimePercent?.toFixed(3)).toBe('98.967')
    expect(cell).toMatchObject({
      status: 'breached',
      creditPercent: 25,
      partial: false,
      note: null,
    })
  })

  it('gives the same month 100 % met under Statuspage weights, where degraded counts 0', () => {
    const cell = cellOf('statuspage', '2026-05')
    expect(cell?.uptimePercent).toBe(100)
    expect(cell).toMatchObject({ status: 'met', creditPercent: 0 })
  })

  it('totals the period from its minutes, not as the average of the months', () => {
    const row = buildSlaGrid([maestraView()], makeAnalysis('strict'), 'month').rows[0]
    expect(row?.total.uptimePercent).toBeCloseTo(
      // maestra's feed speaks from 2025-06-26 15:24: uptime over the covered part only.
      100 * (1 - 755 / (488_676 - 750)),
      5,
    )
    const months = row?.cells.map((cell) => cell.uptimePercent ?? 0) ?? []
    const average = months.reduce((sum, value) => sum + value, 0) / months.length
    expect(Math.abs((row?.total.uptimePercent ?? 0) - average)).toBeGreaterThan(1e-6)
    expect(row?.target).toBe(99.9)
  })

  it('marks the month the feed only partly covers and says what it covers', () => {
    const june = cellOf('strict', '2025-06')
    expect(june?.partial).toBe(true)
    expect(june?.note).toMatch(
      /^2025-06: uptime over the covered part only; the data covers \d+(\.\d)? % of the period/,
    )
  })

  it('never shows a period without data as 100 %', () => {
    const voyado = viewFromFixture('Voyado', 'seeds/voyado-engage-incident-report.txt')
    const row = buildSlaGrid([voyado], makeAnalysis('strict'), 'quarter').rows[0]
    const empty = row?.cells.find((cell) => cell.label === '2025-Q2')
    expect(empty).toMatchObject({ uptimePercent: null, status: 'no_data', partial: false })
    expect(empty?.note).toBe('no data covers 2025-Q2')
  })

  it('lists the quarters of the period as columns', () => {
    const grid = buildSlaGrid([maestraView()], makeAnalysis('strict'), 'quarter')
    expect(grid.columns).toEqual(['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2'])
  })
})
