import type { HeatmapRow } from './heatmap-model'
import { MIN_COVERED_SHARE } from './heatmap-steps'

export interface RowSummary {
  weighted: number
  incident: number
  maintenance: number
  incidentDays: number
  noDataDays: number
}

/** A row's totals over the shown days: the table alternative to the colours. */
export function summarizeRow(row: HeatmapRow, days: number): RowSummary {
  const summary: RowSummary = {
    weighted: 0,
    incident: 0,
    maintenance: 0,
    incidentDays: 0,
    noDataDays: 0,
  }
  for (let day = 0; day < days; day += 1) {
    const incident = row.incidentMinutes[day] ?? 0
    summary.weighted += row.weighted[day] ?? 0
    summary.incident += incident
    summary.maintenance += row.minutes.maintenance[day] ?? 0
    if (incident > 0) summary.incidentDays += 1
    if ((row.coverage[day] ?? 0) < MIN_COVERED_SHARE && incident <= 0) summary.noDataDays += 1
  }
  return summary
}
