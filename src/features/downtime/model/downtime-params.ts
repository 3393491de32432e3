import { SERIES_GRANULARITIES, type SeriesGranularity } from '../../../core/stats/index'

export const DOWNTIME_MODES = ['vendor', 'fleet'] as const
export type DowntimeMode = (typeof DOWNTIME_MODES)[number]

export interface DowntimeParams {
  mode: DowntimeMode
  bucket: SeriesGranularity
  /** A vendor id; the first vendor when absent or unknown. */
  vendorId: string | null
  /** A week or month label of the period; null for the whole period. */
  slice: string | null
}

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  values.find((candidate) => candidate === value) ?? fallback

/** Reads the view's URL state, falling back to defaults for anything missing or mistyped. */
export function readDowntimeParams(
  params: URLSearchParams,
  vendorIds: readonly string[],
): DowntimeParams {
  const vendor = params.get('vendor')
  return {
    mode: oneOf(DOWNTIME_MODES, params.get('downtime'), 'vendor'),
    bucket: oneOf(SERIES_GRANULARITIES, params.get('bucket'), 'month'),
    vendorId: vendor !== null && vendorIds.includes(vendor) ? vendor : (vendorIds[0] ?? null),
    slice: params.get('slice') || null,
  }
}
