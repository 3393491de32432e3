import type { Coverage, Incident } from '../model'
import { parseInstant } from '../time/parse-instant'
import { coverageWindows, type CoverageInput } from './coverage'
import { dataEnd } from './data-end'
import { periodCuts, type PeriodCut } from './period-cuts'
import type { UptimeMethod } from './methods'
import type { DurationSource } from './resolve-span'
import { resolveStatsPolicy, type PolicyOptions } from './stats-policy'
import {
  computeCoveredFigures,
  summarizePeriods,
  type CoveredFigures,
  type PeriodStats,
} from './summarize-period'
import { buildVendorTimeline } from './timeline'
import { parsePeriod } from './time-range'
import type { MaintenanceMode } from './weighted-levels'

export interface StatsOptions extends PolicyOptions {
  /** First day of the period, `YYYY-MM-DD` (00:00 UTC, inclusive). */
  from: string
  /** Day after the period, `YYYY-MM-DD` (00:00 UTC, exclusive). */
  to: string
  /**
   * The current instant (ISO UTC), injected: periods are measured up to it. Open items run until the
   * vendor's data end (see dataEnd) when coverage is stated, else until now.
   */
  now: string
  /** Each source's coverage; null or absent when no source states it. */
  coverage?: CoverageInput
  /** Component names known from the source, in page order (listed even without incidents). */
  components?: readonly string[]
}

export interface ComponentStats extends CoveredFigures {
  name: string
}

export interface VendorStats extends PeriodStats {
  formula: string
  method: UptimeMethod
  maintenanceMode: MaintenanceMode
  durationSource: DurationSource
  months: PeriodStats[]
  quarters: PeriodStats[]
  components: ComponentStats[]
  /** Items left out or figures substituted, in words a user understands. */
  warnings: string[]
}

/** Where open items stop: the data end when any source states its coverage, else now. */
export function vendorDataEnd(
  incidents: readonly Incident[],
  options: Pick<StatsOptions, 'now' | 'coverage'>,
): string {
  const { coverage, now } = options
  if (coverage === null || coverage === undefined) return now
  const list: readonly Coverage[] = Array.isArray(coverage) ? coverage : [coverage as Coverage]
  return list.length === 0 ? now : dataEnd(list, incidents, now)
}

function singleResult<T>(results: readonly T[]): T {
  const [result] = results
  if (result === undefined) throw new Error('Expected figures for the period')
  return result
}

/**
 * One vendor's downtime, uptime and SLA figures over [from, to), by the method, maintenance mode and
 * duration source given (see `formula` in the result). Figures are unrounded.
 */
export function computeVendorStats(
  incidents: readonly Incident[],
  options: StatsOptions,
): VendorStats {
  const range = parsePeriod(options.from, options.to)
  const policy = resolveStatsPolicy(options)
  const end = vendorDataEnd(incidents, options)
  const timeline = buildVendorTimeline(incidents, {
    ...options,
    now: end,
    durationSource: policy.durationSource,
  })
  const now = parseInstant(options.now)
  const coverage = coverageWindows(options.coverage, timeline.now)
  const cuts = periodCuts(range)
  const summarize = (periods: readonly PeriodCut[]) =>
    summarizePeriods(timeline.vendor, timeline.items, periods, policy, now, coverage, timeline.now)
  return {
    ...singleResult(summarize([cuts.whole])),
    formula: policy.formula,
    method: policy.method,
    maintenanceMode: policy.maintenanceMode,
    durationSource: policy.durationSource,
    months: summarize(cuts.months),
    quarters: summarize(cuts.quarters),
    components: timeline.components.map((component) => ({
      name: component.name,
      ...singleResult(
        computeCoveredFigures(
          component.timeline,
          component.items,
          [range],
          policy,
          now,
          coverage,
          timeline.now,
        ),
      ),
    })),
    warnings: timeline.warnings,
  }
}
