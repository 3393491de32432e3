import type { CoverageReport } from '../../../core/stats/index'

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '?')

/** The period's coverage in one plain sentence (the stats' note names internal fields). */
export function describePeriodCoverage(report: CoverageReport): string {
  const fraction = report.coveredFraction
  if (fraction === null) return 'the sources do not state what time they cover'
  if (fraction <= 0) return 'no data covers this period'
  if (fraction >= 1) return 'the data covers the whole period'
  const percent = (fraction * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })
  return `the data covers ${percent} % of the period (the feed speaks for ${day(report.from)} to ${day(report.to)})`
}
