import { describe, expect, it } from 'vitest'
import { readFixture } from '../__fixtures__/fixtures'
import { parseFeed } from '../parse/index'
import { computeVendorStats } from './index'

function maestraFeed() {
  const outcome = parseFeed(readFixture('seeds/maestra-status-history.rss'))
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

describe("maestra's figures through the real parser", () => {
  it('match the ground truth for 2025-06-01 → 2026-06-01 under strict, maintenance excluded', () => {
    const feed = maestraFeed()
    const stats = computeVendorStats(feed.incidents, {
      from: '2025-06-01',
      to: '2026-06-01',
      now: '2026-11-21T00:00:00Z',
      method: 'strict',
      maintenanceMode: 'exclude',
      coverage: feed.coverage,
    })
    expect(stats.incidentCount).toBe(8)
    expect(stats.maintenanceCount).toBe(10)
    expect(stats.incidentMinutes).toBe(755)
    expect(stats.maintenanceMinutes).toBe(750)
    expect(stats.mttrMinutes).toBe(94.375)
    // The feed speaks from its first item (2025-06-26 15:24): uptime over that covered part.
    expect(stats.coverage.coveredMinutes).toBe(488_676)
    expect(stats.uptimePercent).toBeCloseTo(100 * (1 - 755 / (488_676 - 750)), 10)
    expect(stats.sla.status).toBe('breached')
    const whole = computeVendorStats(feed.incidents, {
      from: '2025-06-01',
      to: '2026-06-01',
      now: '2026-11-21T00:00:00Z',
      method: 'strict',
      maintenanceMode: 'exclude',
    })
    expect(whole.uptimePercent).toBeCloseTo(99.85615, 5)
    expect(stats.formula).toContain('strict')
    expect(stats.coverage.coverageNote).toContain('2025-06-26')
  })

  it('changes with the duration source: the timeline counts the 24-hour admin panel incident', () => {
    const feed = maestraFeed()
    const options = {
      from: '2025-06-01',
      to: '2026-06-01',
      now: '2026-11-21T00:00:00Z',
      method: 'strict' as const,
    }
    const declared = computeVendorStats(feed.incidents, options)
    const timeline = computeVendorStats(feed.incidents, { ...options, durationSource: 'timeline' })
    expect(timeline.incidentMinutes).toBeGreaterThan(declared.incidentMinutes + 1400)
    expect(timeline.mttrMinutes).not.toBe(declared.mttrMinutes)
  })
})
