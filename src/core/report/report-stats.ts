import type { Coverage, Incident } from '../model'
import { computeVendorStats, dataEnd, type StatsOptions, type VendorStats } from '../stats/index'
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

/** Figures over the report period; each source's own coverage counts, gaps between them included. */
export function computeReportStats(
  incidents: readonly Incident[],
  coverages: readonly Coverage[],
  components: readonly string[],
  period: ReportPeriod,
  options: ReportStatsOptions,
): VendorStats {
  const end = dataEnd(coverages, incidents, options.now)
  const { from, to } = statsPeriod(period, unionCoverage(coverages), incidents, end)
  return computeVendorStats(incidents, {
    ...options,
    from,
    to,
    coverage: [...coverages],
    components,
  })
}

/** The earliest start and latest end of several coverages. */
export function unionCoverage(coverages: readonly Coverage[]): Coverage {
  const froms = coverages.flatMap((c) => (c.from ? [c.from] : [])).sort()
  const tos = coverages.flatMap((c) => (c.to ? [c.to] : [])).sort()
  return { from: froms[0] ?? null, to: tos.at(-1) ?? null }
}
