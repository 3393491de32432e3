import type { DowntimeStackRow } from '../../../components/ui/downtime-stacks'
import type { LevelBucket } from './level-series'

/** What a chart row needs from a bucket or a vendor's row: minutes per level and coverage. */
export type StackSource = Pick<
  LevelBucket,
  'major_outage' | 'partial_outage' | 'degraded_performance' | 'unknown' | 'maintenanceMinutes'
> & { coveredFraction: number }

/** Chart rows; a row no data covers is flagged so the chart shades it instead of showing zero. */
export function toStackRows<T extends StackSource>(
  sources: readonly T[],
  labelOf: (source: T) => string,
): DowntimeStackRow[] {
  return sources.map((source) => ({
    label: labelOf(source),
    hasData: source.coveredFraction > 0,
    major_outage: source.major_outage,
    partial_outage: source.partial_outage,
    degraded_performance: source.degraded_performance,
    unknown: source.unknown,
    maintenance: source.maintenanceMinutes,
  }))
}
