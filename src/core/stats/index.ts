export {
  computeVendorStats,
  vendorDataEnd,
  type StatsOptions,
  type VendorStats,
} from './vendor-stats'
export { buildVendorTimeline, type TimelineItem, type VendorTimeline } from './timeline'
export type { StateTimeline } from './sweep'
export { parsePeriod, type TimeRange } from './time-range'
export { computeDayGrid, type DayGrid } from './day-grid'
export {
  SERIES_GRANULARITIES,
  computeDowntimeSeries,
  seriesBuckets,
  type DowntimePoint,
  type SeriesBucket,
  type SeriesGranularity,
} from './downtime-series'
export {
  METHOD_NAMES,
  METHOD_PRESETS,
  WEIGHT_KEYS,
  presetMethod,
  type MethodName,
  type PresetMethodName,
  type UptimeMethod,
} from './methods'
export {
  parseDurationSource,
  parseMaintenanceMode,
  parseMethod,
  parseMinCoverage,
  parseSlaTarget,
} from './parse-stats-options'
export { DURATION_SOURCES, type DurationSource } from './resolve-span'
export { describeFormula } from './uptime-formula'
export {
  MAINTENANCE_MODES,
  WEIGHTED_LEVELS,
  byLevel,
  maintenanceDowntime,
  unweightedMinutes,
  weightedMinutes,
  type ImpactWeights,
  type LevelMinutes,
  type MaintenanceMode,
  type WeightedLevel,
} from './weighted-levels'
export {
  DEFAULT_CREDIT_TIERS,
  DEFAULT_MIN_COVERAGE,
  DEFAULT_SLA_TARGET,
  type SlaStatus,
} from './sla'
export { periodCoverage, type CoverageReport } from './coverage'
export { dayCoverage } from './day-coverage'
export { coverageWords, verdictWords } from './verdict-words'
export type { PeriodStats } from './summarize-period'
export { TIMELINE_STATES, WHOLE_VENDOR, type TimelineState } from './states'
export { formatMinutes, formatPercent } from './format'
export { dataEnd } from './data-end'
