import { describe, expect, it } from 'vitest'
import { generateFleet } from '../../../../e2e/fixtures/heatmap-fleet'
import { planBars } from './bar-plan'
import { buildVendorBars } from './timeline-bars'
import { makeLane } from './timeline-lanes'
import { hitTest, timelineLayout, xOf } from './timeline-layout'

describe('timeline bars for a generated fleet of 40 vendors × 2,500 incidents', () => {
  const now = Date.parse('2026-06-01T00:00:00Z')
  const fleet = generateFleet({ vendors: 40, incidentsPerVendor: 2500, seed: 7 })
  const lanes = fleet.map((vendor) =>
    makeLane(
      vendor.id,
      vendor.name,
      vendor.id,
      buildVendorBars(vendor.incidents, {
        vendorId: vendor.id,
        durationSource: 'declared',
        excludedComponents: [],
      }).bars,
      [],
      now,
    ),
  )
  const layout = timelineLayout(1200, lanes.length)
  const year = {
    start: Date.parse('2025-01-01T00:00:00Z'),
    end: Date.parse('2026-01-01T00:00:00Z'),
  }

  it('merges sub-pixel bars so the whole year paints at most one rect per pixel and lane', () => {
    const plan = planBars(lanes, layout, year)
    expect(plan.drawn).toBeGreaterThan(lanes.length)
    expect(plan.drawn).toBeLessThanOrEqual(lanes.length * layout.plotWidth)
    expect(plan.drawn).toBeLessThan(100_000)
  })

  it('draws every bar on its own when zoomed to a day', () => {
    const day = {
      start: Date.parse('2025-06-01T00:00:00Z'),
      end: Date.parse('2025-06-02T00:00:00Z'),
    }
    const plan = planBars(lanes, layout, day)
    const total = Object.values(plan.rects).reduce((sum, rects) => sum + rects.length / 4, 0)
    expect(total).toBe(plan.drawn)
  })

  it('finds the bar under the pointer in a lane of thousands', () => {
    const lane = lanes[12]!
    const bar = lane.bars[1200]!
    const day = { start: bar.start - 3_600_000, end: bar.start + 3_600_000 * 3 }
    const x = xOf(bar.start + 60_000, day, layout)
    const hit = hitTest(lanes, layout, day, x, 12 * layout.laneHeight + layout.laneHeight / 2)
    expect(hit?.lane).toBe(12)
    expect(hit?.bar.start).toBeLessThanOrEqual(bar.start + 60_000)
  })
})
