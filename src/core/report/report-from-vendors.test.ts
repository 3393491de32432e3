import { describe, expect, it } from 'vitest'
import { readFixture } from '../__fixtures__/fixtures'
import { parseFeed } from '../parse/index'
import { computeVendorStats } from '../stats/index'
import { buildReport } from './build-report'
import { reportFromVendors } from './report-from-vendors'

const NOW = '2026-11-21T08:00:00.000Z'

function maestra() {
  const outcome = parseFeed(readFixture('seeds/maestra-status-history.rss'), { location: 'm.rss' })
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

describe('the report of vendors the app already merged', () => {
  it('has the headless report shape and the same incidents for the same period', () => {
    const feed = maestra()
    const period = { from: '2025-10-01', to: '2025-11-01' }
    const headless = buildReport([{ location: 'm.rss', feed }], period, { now: NOW })
    const stats = computeVendorStats(feed.incidents, {
      ...period,
      now: NOW,
      coverage: feed.coverage,
    })
    const report = reportFromVendors(
      [
        {
          name: 'maestra',
          sources: [{ location: 'm.rss', format: feed.format }],
          coverage: feed.coverage,
          incidents: feed.incidents,
          stats,
        },
      ],
      period,
      NOW,
    )
    expect(Object.keys(report)).toEqual(Object.keys(headless))
    const [vendor] = report.vendors
    const [expected] = headless.vendors
    expect(Object.keys(vendor ?? {})).toEqual(Object.keys(expected ?? {}))
    expect(vendor?.incidents).toEqual(expected?.incidents)
    expect(vendor?.incidents.map((i) => i.title)).toEqual([
      'Transactional communications are sent with delay',
      'Delays processing asynchronous operation calls',
      'Network equipment upgrade',
      'Platform outage',
    ])
    expect(report.period).toEqual(period)
    expect(vendor?.stats).toBe(stats)
  })
})
