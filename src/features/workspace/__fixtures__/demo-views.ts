import { readFixture } from '../../../core/__fixtures__/fixtures'
import { parseFeed } from '../../../core/parse/index'
import {
  DEFAULT_MIN_COVERAGE,
  presetMethod,
  type PresetMethodName,
} from '../../../core/stats/index'
import type { Analysis } from '../hooks/use-analysis'
import type { VendorView } from '../hooks/use-vendor-views'

/** A workspace vendor built from a seed or real sample, as useVendorViews would give it. */
export function viewFromFixture(id: string, path: string, slaTarget = 99.9): VendorView {
  const outcome = parseFeed(readFixture(path))
  if (!outcome.ok) throw new Error(outcome.error.message)
  const { incidents, coverage } = outcome.feed
  return {
    config: {
      id,
      name: id,
      sources: [],
      slaTarget,
      excludedComponents: [],
      demo: true,
      addedAt: '2026-11-01T00:00:00.000Z',
    },
    incidents,
    coverage: { from: coverage.from, to: coverage.to, gaps: [] },
    sources: [],
    historyReady: true,
  }
}

export const maestraView = () => viewFromFixture('maestra', 'seeds/maestra-status-history.rss')

/** The analysis the figures are stated for: 2025-06-01 → 2026-06-01, now 2026-11-21. */
export function makeAnalysis(
  method: PresetMethodName = 'strict',
  from = '2025-06-01',
  to = '2026-06-01',
): Analysis {
  return {
    period: { preset: 'custom', from, to, label: `${from} → ${to} (exclusive)` },
    nowMs: Date.parse('2026-11-21T00:00:00Z'),
    anchorMs: Date.parse('2026-11-21T00:00:00Z'),
    base: {
      method: presetMethod(method),
      maintenanceMode: 'exclude',
      durationSource: 'declared',
      minCoverage: DEFAULT_MIN_COVERAGE,
      now: '2026-11-21T00:00:00.000Z',
    },
  }
}
