import type { Coverage, Incident } from '../model'
import { computeVendorStats, dataEnd, type StatsOptions, type VendorStats } from '../stats/index'
import { DAY_MS } from '../time/instants'
import type { ReportPeriod } from './build-report'

export type ReportStatsOptions = Omit<StatsOptions, 'from' | 'to' | 'coverage' | 'components'>

const dayString = (ms: number) => new Date(ms).toISOString().slice(0, 10)
/** 00:00 UTC of the day an instant falls on, or null for text that is no instant. */
function dayStartMs(iso: string | null | undefined): number | null {
  const ms = iso ? Date.parse(iso) : NaN
  return Number.isFinite(ms) ? ms - (((ms % DAY_MS) + DAY_MS) % DAY_MS) : null
}

/**
 * The period a vendor's figures are computed over: --from/--to when given, otherwise from the first
 * day its data covers to the day after the last (so a report never claims time nobody spoke for).
 * Worked in milliseconds and always at least a day long, so no data can make it end before it starts.
 */
export function statsPeriod(
  period: ReportPeriod,
  coverage: Coverage,
  incidents: readonly Incident[],
  now: string,
) {
  const nowDay = dayStartMs(now) ?? 0
  let first = Infinity
  for (const incident of incidents) first = Math.min(first, dayStartMs(incident.start) ?? Infinity)
  const from =
    dayStartMs(period.from) ??
    dayStartMs(coverage.from) ??
    (Number.isFinite(first) ? first : nowDay)
  let last = dayStartMs(coverage.to) ?? -Infinity
  for (const incident of incidents) last = Math.max(last, dayStartMs(incident.end ?? now) ?? last)
  const lastDay = Number.isFinite(last) ? Math.min(last, nowDay) : nowDay
  const to = dayStartMs(period.to) ?? lastDay + DAY_MS
  return { from: dayString(from), to: dayString(to > from ? to : from + DAY_MS) }
}

/** Figures over the report period; each source's own coverage counts, gaps between them included. */
export function computeReportStats(
  incidents: readonly Incident[],
  coverages: readonly Coverage[],
  components: readonly string[],
  period: ReportPeriod,
  options: ReportStatsOptions,
): VendorStats {
  const now = dataEnd(coverages, incidents, options.now)
  const { from, to } = statsPeriod(period, unionCoverage(coverages), incidents, now)
  return computeVendorStats(incidents, {
    ...options,
    now,
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
