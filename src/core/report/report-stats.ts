import type { Coverage, Incident } from '../model'
import { computeVendorStats, type StatsOptions, type VendorStats } from '../stats/index'
import type { ReportPeriod } from './build-report'

export type ReportStatsOptions = Omit<StatsOptions, 'from' | 'to' | 'coverage' | 'components'>

const day = (iso: string) => iso.slice(0, 10)
const nextDay = (iso: string) =>
  day(new Date(Date.parse(`${day(iso)}T00:00:00Z`) + 86_400_000).toISOString())

/**
 * The period a vendor's figures are computed over: --from/--to when given, otherwise from the first
 * day its data covers to the day after the last (so a report never claims time nobody spoke for).
 */
export function statsPeriod(
  period: ReportPeriod,
  coverage: Coverage,
  incidents: readonly Incident[],
  now: string,
) {
  const starts = incidents.map((i) => i.start).sort()
  const from =
    period.from ?? (coverage.from ? day(coverage.from) : starts[0] ? day(starts[0]) : day(now))
  const last = [coverage.to, ...incidents.map((i) => i.end ?? now)]
    .filter((v): v is string => !!v)
    .sort()
    .at(-1)
  const to = period.to ?? nextDay(last && last < now ? last : now)
  return { from, to: to > from ? to : nextDay(`${from}T00:00:00Z`) }
}

export function computeReportStats(
  incidents: readonly Incident[],
  coverage: Coverage,
  components: readonly string[],
  period: ReportPeriod,
  options: ReportStatsOptions,
): VendorStats {
  const { from, to } = statsPeriod(period, coverage, incidents, options.now)
  return computeVendorStats(incidents, { ...options, from, to, coverage, components })
}
