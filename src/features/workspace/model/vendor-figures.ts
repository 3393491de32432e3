import { createMemoCache } from '../../../core/memo'
import type { Coverage } from '../../../core/model'
import { excludeComponents } from '../../../core/normalize/exclude-components'
import {
  computeVendorStats,
  vendorDataEnd as dataEndOf,
  type VendorStats,
} from '../../../core/stats/index'
import type { VendorCoverage } from '../archive/archive-types'
import { memoPerHistory } from './history-memo'
import type { Analysis } from '../hooks/use-analysis'
import type { VendorView } from '../hooks/use-vendor-views'

/** The spans a vendor's sources spoke for: its covered range minus the gaps between loads. */
export function coverageSpans(coverage: VendorCoverage | null): Coverage[] {
  if (!coverage?.from || !coverage.to) return []
  const spans: Coverage[] = []
  let from = coverage.from
  for (const gap of [...coverage.gaps].sort((a, b) => a.from.localeCompare(b.from))) {
    spans.push({ from, to: gap.from })
    from = gap.to
  }
  spans.push({ from, to: coverage.to })
  return spans
}

/**
 * The latest instant a vendor's data speaks for (see dataEnd in core stats). It reads every
 * incident, so it is remembered per stored history, coverage end and current minute.
 */
export const vendorDataEnd = memoPerHistory(
  (view, nowIso: string): string =>
    dataEndOf(view.incidents, { now: nowIso, coverage: coverageSpans(view.coverage) }),
  {
    limit: 1,
    key: (view, nowIso) =>
      `${nowIso}|${view.coverage?.to ?? ''}|${view.coverage?.gaps.length ?? 0}`,
  },
)

/**
 * A vendor's figures over a range under the current method; excluded components left out. Periods
 * are measured up to now; open items stop at the vendor's data end (computeVendorStats's rule).
 */
export function computeVendorFigures(
  view: VendorView,
  analysis: Analysis,
  range: { from: string; to: string },
): VendorStats {
  return computeVendorStats(excludeComponents(view.incidents, view.config.excludedComponents), {
    ...analysis.base,
    from: range.from,
    to: range.to,
    target: view.config.slaTarget,
    coverage: coverageSpans(view.coverage),
  })
}

// Figures per incident list (React Query keeps its identity until history changes), then per options.
const figuresCache = createMemoCache<VendorStats>({ limit: 64 })

/** computeVendorFigures, remembered until the vendor's history or the options change. */
export function vendorFigures(
  view: VendorView,
  analysis: Analysis,
  range: { from: string; to: string } = analysis.period,
): VendorStats {
  const { excludedComponents, slaTarget } = view.config
  // A period that ended before now does not change as the minute ticks: key it by its end instead.
  const now = range.to < analysis.base.now ? `${range.to}T00:00:00.000Z` : analysis.base.now
  const key = [
    range.from,
    range.to,
    { ...analysis.base, now },
    excludedComponents,
    slaTarget,
    view.coverage,
  ]
  return figuresCache.get(key, () => computeVendorFigures(view, analysis, range), view.incidents)
}
