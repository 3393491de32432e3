import { describe, expect, it } from 'vitest'
import { generateFleet } from '../../../../e2e/fixtures/heatmap-fleet'
import { METHOD_PRESETS } from '../../../core/stats/index'
import { buildVendorGrid, heatmapRows } from './heatmap-model'
import { cellAt, cellRect, heatmapLayout } from './heatmap-layout'
import { planHeatmap } from './heatmap-plan'
import { NO_DATA_STEP } from './heatmap-steps'

const range = { start: Date.parse('2025-01-01T00:00:00Z'), end: Date.parse('2026-01-01T00:00:00Z') }
const weights = { weights: METHOD_PRESETS[0].weights, maintenanceMode: 'exclude' as const }

describe('a generated fleet of 40 vendors × 250 incidents over 365 days', () => {
  const fleet = generateFleet({ vendors: 40, incidentsPerVendor: 250, seed: 6 })
  const started = performance.now()
  const rows = fleet.flatMap((vendor) =>
    heatmapRows(
      buildVendorGrid({
        vendorId: vendor.id,
        incidents: vendor.incidents,
        excludedComponents: [],
        durationSource: 'declared',
        coverage: { ...vendor.coverage, gaps: [] },
        range,
        now: Date.parse('2026-06-01T00:00:00Z'),
      }),
      vendor.name,
      weights,
      true,
    ),
  )
  const plan = planHeatmap(rows, 365)
  const elapsed = performance.now() - started

  it('plans one cell per vendor and day, within a second on this machine', () => {
    expect(plan.steps).toHaveLength(40 * 365)
    expect(elapsed).toBeLessThan(1000)
  })

  it('shows the days before a late feed starts as no data, and incidents after it', () => {
    const late = rows.findIndex((row) => row.vendorId === 'fleet-vendor-05')
    const firstDays = plan.steps.subarray(late * 365, late * 365 + 120)
    expect([...firstDays].every((step) => step === NO_DATA_STEP)).toBe(true)
    const laterDays = plan.steps.subarray(late * 365 + 130, late * 365 + 365)
    expect([...laterDays].some((step) => step >= 2 && step !== NO_DATA_STEP)).toBe(true)
  })

  it('lays 365 days out at four or more pixels each and hit-tests every cell back to itself', () => {
    const layout = heatmapLayout(1200, 365, rows.length)
    expect(layout.pitch).toBeGreaterThanOrEqual(4)
    expect(cellRect(layout, 0, 0).w).toBeGreaterThanOrEqual(4)
    const phone = heatmapLayout(390, 365, rows.length)
    expect(phone.gridWidth).toBeGreaterThan(390 - phone.labelWidth)
    expect(cellRect(phone, 0, 100).w).toBeGreaterThanOrEqual(4)
    for (const [row, day] of [
      [0, 0],
      [17, 200],
      [39, 364],
    ] as const) {
      const r = cellRect(layout, row, day)
      expect(cellAt(layout, r.x + r.w / 2, r.y + r.h / 2)).toEqual({ row, day })
    }
  })
})
