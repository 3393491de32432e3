import type { DowntimeStackRow } from '../../../components/ui/downtime-stacks'
import { byLevel, type WeightedLevel } from '../../../core/stats/index'
import type { LevelBucket } from './level-series'

/** What a chart row needs from a bucket or a vendor's row: minutes per level and coverage. */
export type StackSource = Pick<LevelBucket, WeightedLevel | 'maintenanceMinutes'> & {
  coveredFraction: number
}

/** Chart rows; a row no data covers is flagged so the chart shades it instead of showing zero. */
export function toStackRows<T extends StackSource>(
  sources: readonly T[],
  labelOf: (source: T) => string,
): DowntimeStackRow[] {
  return sources.map((source) => ({
    label: labelOf(source),
    hasData: source.coveredFraction > 0,
    ...byLevel((level) => source[level]),
    maintenance: source.maintenanceMinutes,
  }))
}
