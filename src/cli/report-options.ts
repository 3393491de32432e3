import type { ReportStatsOptions } from '../core/report/report-stats'
import {
  parseDurationSource,
  parseMaintenanceMode,
  parseMethod,
  parseSlaTarget,
} from '../core/stats/index'
import { UsageError } from './report-args'

export const STATS_FLAGS = [
  '--method',
  '--maintenance',
  '--duration-source',
  '--target',
  '--table',
  '--history',
] as const
export const CSV_TABLES = ['incidents', 'updates', 'stats'] as const
export type CsvTable = (typeof CSV_TABLES)[number]

function take<T>(flag: string, outcome: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!outcome.ok) throw new UsageError(`${flag}: ${outcome.error}`)
  return outcome.value
}

/** Reads the figure options of the report; every bad value is a usage error naming its flag. */
export function readStatsOptions(options: Record<string, string>, now: string): ReportStatsOptions {
  const method =
    options.method === undefined ? undefined : take('--method', parseMethod(options.method))
  const mode = options.maintenance
  const source = options['duration-source']
  return {
    now,
    ...(method ? { method } : {}),
    ...(mode === undefined
      ? {}
      : { maintenanceMode: take('--maintenance', parseMaintenanceMode(mode)) }),
    ...(source === undefined
      ? {}
      : { durationSource: take('--duration-source', parseDurationSource(source)) }),
    ...(options.target === undefined
      ? {}
      : { target: take('--target', parseSlaTarget(options.target)) }),
  }
}

/** `--history N`: months of history to backfill for each Statuspage URL input, or null. */
export function readHistoryMonths(options: Record<string, string>): number | null {
  const value = options.history
  if (value === undefined) return null
  const months = Number(value)
  if (!/^\d+$/.test(value) || months < 1 || months > 120) {
    throw new UsageError(`--history wants a number of months from 1 to 120, not "${value}".`)
  }
  return months
}

export function readCsvTable(options: Record<string, string>): CsvTable {
  const table = options.table ?? 'incidents'
  if (!(CSV_TABLES as readonly string[]).includes(table)) {
    throw new UsageError(`--table is one of ${CSV_TABLES.join(', ')}, not "${table}".`)
  }
  return table as CsvTable
}
