import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseFeed } from '../../../core/parse/index'
import { METHOD_PRESETS } from '../../../core/stats/index'
import { makeIncident, makeMaintenance } from '../../../core/__fixtures__/make-incident'
import { cellIncidents } from './cell-incidents'
import { heatmapRange } from './heatmap-range'
import { buildVendorGrid, heatmapRows, WHOLE_VENDOR_ROW } from './heatmap-model'
import { planHeatmap } from './heatmap-plan'
import { HEATMAP_STEPS, NO_DATA_STEP } from './heatmap-steps'

const statuspage = { weights: METHOD_PRESETS[0].weights, maintenanceMode: 'exclude' as const }
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

function maestra() {
  const parsed = parseFeed(readFileSync('public/demo/maestra-history.rss', 'utf8'))
  if (!parsed.ok) throw new Error(parsed.error.message)
  return parsed.feed
}

describe('the maestra heatmap for December 2025', () => {
  const feed = maestra()
  const range = heatmapRange({ from: '2025-12-01', to: '2026-01-01' }, 90)
  const grid = buildVendorGrid({
    vendorId: 'maestra',
    incidents: feed.incidents,
    excludedComponents: [],
    durationSource: 'declared',
    coverage: { from: feed.coverage.from, to: feed.coverage.to, gaps: [] },
    range,
    now: Date.parse('2026-11-21T00:00:00Z'),
  })
  const rows = heatmapRows(grid, 'maestra', statuspage, false)
  const loyalty = rows.find((row) => row.label === 'Loyalty')
  const dec17 = grid.grid.days.indexOf('2025-12-17')

  it('clips the 90-day span to the 31 days of the period', () => {
    expect(grid.grid.days).toHaveLength(31)
    expect(rows[0]?.label).toBe(WHOLE_VENDOR_ROW)
  })

  it('gives Loyalty 30 degraded minutes on 2025-12-17, weighed at zero by Statuspage', () => {
    expect(loyalty?.minutes.degraded_performance[dec17]).toBe(30)
    expect(loyalty?.incidentMinutes[dec17]).toBe(30)
    expect(loyalty?.weighted[dec17]).toBe(0)
    const plan = planHeatmap(rows, grid.grid.days.length)
    const cell = rows.indexOf(loyalty!) * grid.grid.days.length + dec17
    expect(HEATMAP_STEPS[plan.steps[cell] ?? 0]?.label).toBe('Incident, 0 weighted min')
  })

  it('lists the Service degradation incident for that cell', () => {
    const listed = cellIncidents(loyalty?.items ?? [], day('2025-12-17'), grid.now)
    expect(listed.map((item) => item.incident.title)).toEqual(['Service degradation'])
  })

  it('weighs the same minutes fully under the strict method', () => {
    const strict = heatmapRows(
      grid,
      'maestra',
      { ...statuspage, weights: METHOD_PRESETS[2].weights },
      false,
    )
    expect(strict.find((row) => row.label === 'Loyalty')?.weighted[dec17]).toBe(30)
  })
})

describe('coverage and maintenance in the plan', () => {
  const range = { start: day('2025-01-01'), end: day('2025-01-05') }
  const grid = buildVendorGrid({
    vendorId: 'v',
    incidents: [
      makeMaintenance({ start: '2025-01-03T01:00:00.000Z', end: '2025-01-03T02:00:00.000Z' }),
      makeIncident({ start: '2025-01-04T00:00:00.000Z', end: '2025-01-04T05:00:00.000Z' }),
    ],
    excludedComponents: [],
    durationSource: 'declared',
    coverage: { from: '2025-01-02T12:00:00Z', to: '2025-01-10T00:00:00Z', gaps: [] },
    range,
    now: day('2025-02-01'),
  })
  const rows = heatmapRows(grid, 'v', statuspage, true)
  const plan = planHeatmap(rows, 4)

  it('shows days before the coverage as no data, never as healthy', () => {
    expect(plan.steps[0]).toBe(NO_DATA_STEP)
    expect(plan.partial[1]).toBe(1)
    expect(plan.steps[1]).toBe(0)
  })

  it('marks the maintenance day and steps a five-hour major outage as 4 h to under 12 h', () => {
    expect([...plan.maintenance]).toEqual([0, 0, 1, 0])
    expect(HEATMAP_STEPS[plan.steps[3] ?? 0]?.label).toBe('4 h to under 12 h')
  })

  it('adds maintenance to the weighted minutes when it counts as down', () => {
    const down = heatmapRows(grid, 'v', { ...statuspage, maintenanceMode: 'down' }, true)
    expect(down[0]?.weighted[2]).toBe(60)
  })
})
