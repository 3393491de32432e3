export {
  computeVendorStats,
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
  type DowntimePoint,
  type SeriesGranularity,
} from './downtime-series'
export {
  METHOD_NAMES,
  METHOD_PRESETS,
  presetMethod,
  type ImpactWeights,
  type MethodName,
  type PresetMethodName,
  type UptimeMethod,
} from './methods'
export {
  parseDurationSource,
  parseMaintenanceMode,
  parseMethod,
  parseSlaTarget,
  type OptionOutcome,
} from './parse-stats-options'
export { DURATION_SOURCES, type DurationSource } from './resolve-span'
export { MAINTENANCE_MODES, describeFormula, type MaintenanceMode } from './uptime-formula'
export {
  DEFAULT_CREDIT_TIERS,
  DEFAULT_SLA_TARGET,
  evaluateSla,
  type CreditTier,
  type SlaStatus,
  type SlaVerdict,
} from './sla'
export type { CoverageReport, CoverageInput } from './coverage'
export type { PeriodFigures } from './period-figures'
export type { PeriodStats } from './summarize-period'
export { TIMELINE_STATES, WHOLE_VENDOR, type TimelineState } from './states'
export { formatMinutes, formatPercent } from './format'
export { dataEnd } from './data-end'
