export {
  computeVendorStats,
  vendorDataEnd,
  type ComponentStats,
  type StatsOptions,
  type VendorStats,
} from './vendor-stats'
export {
  buildVendorTimeline,
  type ComponentTimeline,
  type TimelineItem,
  type TimelineOptions,
  type VendorTimeline,
} from './timeline'
export type { StateTimeline } from './sweep'
export { resolveStatsPolicy, type PolicyOptions, type StatsPolicy } from './stats-policy'
export { parsePeriod, type LabeledRange, type TimeRange } from './time-range'
export { computeDayGrid, type DayGrid, type DayGridRow } from './day-grid'
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
  type OptionOutcome,
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
  SLA_STATUSES,
  evaluateSla,
  figureVerdict,
  type CreditTier,
  type SlaStatus,
  type SlaVerdict,
} from './sla'
export {
  complementWindows,
  coverageWindows,
  periodCoverage,
  type CoverageReport,
  type CoverageInput,
  type PeriodCoverage,
} from './coverage'
export { dayCoverage } from './day-coverage'
export { coverageWords, uptimeWithCoverage, verdictLabel, verdictWords } from './verdict-words'
export type { PeriodFigures } from './period-figures'
export type { PeriodStats } from './summarize-period'
export { TIMELINE_STATES, WHOLE_VENDOR, type TimelineState } from './states'
export { formatMinutes, formatPercent } from './format'
export { dataEnd } from './data-end'
