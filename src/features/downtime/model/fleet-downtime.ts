import { byLevel, type LevelMinutes, type SeriesGranularity } from '../../../core/stats/index'
import type { Analysis } from '../../workspace/hooks/use-analysis'
import type { VendorView } from '../../workspace/hooks/use-vendor-views'
import { coverageSpans } from '../../workspace/model/vendor-figures'
import { isVendorLoading } from '../../workspace/model/vendor-loading'
import { coveredFraction } from './bucket-coverage'
import { periodBuckets } from './period-buckets'
import { vendorDowntime } from './vendor-downtime'

/** One vendor's (or the "other" group's) downtime over one slice of the period. */
export interface FleetRow extends LevelMinutes {
  key: string
  name: string
  /** Vendors summed into this row: 1, or more for "other". */
  vendorCount: number
  /** The vendor's history or first feed load is still pending. */
  loading: boolean
  incidentMinutes: number
  weightedIncidentMinutes: number
  maintenanceMinutes: number
  coveredFraction: number
}

export interface FleetDowntime {
  rows: FleetRow[]
  /** ISO bounds of the slice; the whole analysis period when no slice is chosen. */
  from: string
  to: string
}

export const FLEET_CAP = 12
export const OTHER_KEY = '__other__'

function sliceRow(
  view: VendorView,
  analysis: Analysis,
  granularity: SeriesGranularity,
  slice: string | null,
): FleetRow {
  const all = vendorDowntime(view, analysis, granularity)
  const buckets = slice === null ? all : all.filter((bucket) => bucket.label === slice)
  const sum = (pick: (b: (typeof all)[number]) => number) =>
    buckets.reduce((t, b) => t + pick(b), 0)
  const first = buckets[0]
  const last = buckets.at(-1)
  return {
    key: view.config.id,
    name: view.config.name,
    vendorCount: 1,
    loading: isVendorLoading(view),
    ...byLevel((level) => sum((b) => b[level])),
    incidentMinutes: sum((b) => b.incidentMinutes),
    weightedIncidentMinutes: sum((b) => b.weightedIncidentMinutes),
    maintenanceMinutes: sum((b) => b.maintenanceMinutes),
    coveredFraction:
      first && last
        ? coveredFraction(coverageSpans(view.coverage), first.from, last.to, analysis.nowMs)
        : 0,
  }
}

function mergeRows(rows: readonly FleetRow[]): FleetRow {
  const sum = (pick: (row: FleetRow) => number) => rows.reduce((t, row) => t + pick(row), 0)
  return {
    key: OTHER_KEY,
    name: `Other (${rows.length} vendors)`,
    vendorCount: rows.length,
    loading: rows.some((row) => row.loading),
    ...byLevel((level) => sum((row) => row[level])),
    incidentMinutes: sum((row) => row.incidentMinutes),
    weightedIncidentMinutes: sum((row) => row.weightedIncidentMinutes),
    maintenanceMinutes: sum((row) => row.maintenanceMinutes),
    coveredFraction: rows.length === 0 ? 0 : sum((row) => row.coveredFraction) / rows.length,
  }
}

/** Vendors with data first, most downtime first (incidents, then maintenance); the rest by name. */
function mostDowntime(a: FleetRow, b: FleetRow): number {
  const [aHas, bHas] = [a.coveredFraction > 0, b.coveredFraction > 0]
  if (aHas !== bHas) return aHas ? -1 : 1
  if (!aHas) return a.name.localeCompare(b.name)
  return (
    b.incidentMinutes - a.incidentMinutes ||
    b.maintenanceMinutes - a.maintenanceMinutes ||
    a.name.localeCompare(b.name)
  )
}

// The last result, reused while every vendor's series (cached by identity) and the slice are unchanged.
let last: { inputs: readonly unknown[]; result: FleetDowntime } | null = null

const sameInputs = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, index) => value === b[index])

/**
 * Every vendor's downtime for one slice (a week or month label), or the whole period, most first.
 * Returns the same object while nothing changed, so charts fed from it skip re-rendering.
 */
export function fleetDowntime(
  views: readonly VendorView[],
  analysis: Analysis,
  granularity: SeriesGranularity,
  slice: string | null,
): FleetDowntime {
  const bucket = periodBuckets(analysis.period, granularity).find((b) => b.label === slice)
  const chosen = bucket?.label ?? null
  const inputs = [
    chosen,
    granularity,
    analysis.nowMs,
    ...views.flatMap((view) => [
      view.config.name,
      view.coverage,
      vendorDowntime(view, analysis, granularity),
    ]),
  ]
  if (last && sameInputs(last.inputs, inputs)) return last.result
  const rows = views.map((view) => sliceRow(view, analysis, granularity, chosen)).sort(mostDowntime)
  const bounds = bucket
    ? { from: bucket.from, to: bucket.to }
    : { from: `${analysis.period.from}T00:00:00.000Z`, to: `${analysis.period.to}T00:00:00.000Z` }
  const result = { rows, ...bounds }
  last = { inputs, result }
  return result
}

/** Beyond `cap` rows the smallest are summed into one "other" row: legible and cheap to draw. */
export function capFleetRows(rows: readonly FleetRow[], cap = FLEET_CAP): FleetRow[] {
  if (rows.length <= cap) return [...rows]
  return [...rows.slice(0, cap - 1), mergeRows(rows.slice(cap - 1))]
}

const MAX_LABEL = 22

/** The bar's axis label: the name (shortened to fit the axis), and why it has no bar when it has none. */
export function fleetBarLabel(row: FleetRow): string {
  const name = row.name.length > MAX_LABEL ? `${row.name.slice(0, MAX_LABEL - 1)}…` : row.name
  if (row.coveredFraction > 0) return name
  return `${name} (${row.loading ? 'loading' : 'no data'})`
}
