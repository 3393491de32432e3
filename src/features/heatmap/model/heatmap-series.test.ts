import { describe, expect, it } from 'vitest'
import { makeAnalysis, maestraView } from '../../workspace/__fixtures__/demo-views'
import { buildVendorGrid, heatmapRows } from './heatmap-model'
import { planHeatmap, rememberedPlan } from './heatmap-plan'
import { heatmapRange } from './heatmap-range'
import { heatmapSeries } from './heatmap-series'

describe('heatmapSeries', () => {
  const view = maestraView()
  const range = heatmapRange({ from: '2025-06-01', to: '2026-06-01' }, 365)

  it('gives the same row list again for a new analysis object with the same settings', () => {
    const first = heatmapSeries([view], null, makeAnalysis('statuspage'), range)
    const again = heatmapSeries([{ ...view }], null, makeAnalysis('statuspage'), range)
    expect(again).toBe(first)
  })

  it('gives new rows with the same figures as a fresh build when the method changes', () => {
    const strict = heatmapSeries([view], view, makeAnalysis('strict'), range)
    const statuspage = heatmapSeries([view], view, makeAnalysis('statuspage'), range)
    expect(statuspage).not.toBe(strict)
    const analysis = makeAnalysis('statuspage')
    const grid = buildVendorGrid({
      vendorId: view.config.id,
      incidents: view.incidents,
      excludedComponents: [],
      durationSource: analysis.base.durationSource,
      now: Date.parse('2026-06-01T00:00:00Z'),
      coverage: view.coverage ?? { from: null, to: null, gaps: [] },
      range,
    })
    const weights = { weights: analysis.base.method.weights, maintenanceMode: 'exclude' as const }
    const fresh = heatmapRows(grid, view.config.name, weights, false)
    expect(statuspage.map((row) => [...row.weighted])).toEqual(
      fresh.map((row) => [...row.weighted]),
    )
  })
})

describe('rememberedPlan', () => {
  it('plans a row list once and matches planHeatmap', () => {
    const rows = heatmapSeries([maestraView()], null, makeAnalysis(), {
      start: Date.parse('2026-03-01T00:00:00Z'),
      end: Date.parse('2026-06-01T00:00:00Z'),
    })
    const plan = rememberedPlan(rows, 92)
    expect(rememberedPlan(rows, 92)).toBe(plan)
    expect(plan).toEqual(planHeatmap(rows, 92))
  })
})
