import type { Coverage, FeedFormat, Incident } from '../model'
import type { VendorStats } from '../stats/index'
import { overlapsPeriod, toReportIncident } from './build-report'
import type { Report, VendorReport } from './report-model'

/** One vendor as the app holds it: sources merged, figures computed under the current method. */
export interface VendorReportInput {
  name: string
  sources: readonly { location: string; format: FeedFormat }[]
  coverage: Coverage
  incidents: readonly Incident[]
  stats: VendorStats
}

/**
 * The headless report's shape from vendors whose incidents are already merged and whose figures are
 * already computed (the app's export); lists the incidents that overlap [from, to), in the order given.
 */
export function reportFromVendors(
  vendors: readonly VendorReportInput[],
  period: { from: string; to: string },
  generatedAt: string,
): Report {
  return {
    generatedAt,
    period: { from: period.from, to: period.to },
    vendors: vendors.map((vendor): VendorReport => ({
      name: vendor.name,
      sources: vendor.sources.map(({ location, format }) => ({ location, format })),
      coverage: { from: vendor.coverage.from, to: vendor.coverage.to },
      incidents: vendor.incidents
        .filter((incident) => overlapsPeriod(incident, period))
        .map(toReportIncident),
      stats: vendor.stats,
    })),
  }
}
