import type { Analysis } from '../../workspace/hooks/use-analysis'
import type { VendorView } from '../../workspace/hooks/use-vendor-views'
import type { HeatmapRow } from './heatmap-model'
import { coverageCaption } from '../../workspace/model/coverage-caption'
import { summarizeRow } from './row-summary'

function fleetCoverage(rows: readonly HeatmapRow[], days: number, views: readonly VendorView[]) {
  const gaps = rows.filter((row) => summarizeRow(row, days).noDataDays > 0).map((row) => row.label)
  const loading = views.filter((view) => !view.historyReady).length
  const parts = [
    gaps.length === 0
      ? 'every vendor has data for every day shown'
      : `${gaps.length} of ${rows.length} vendors lack data on some days (hatched)` +
        (gaps.length <= 6 ? `: ${gaps.join(', ')}` : ''),
  ]
  if (loading > 0) parts.push(`${loading} vendors' stored history is still loading`)
  return `Data coverage: ${parts.join('; ')}.`
}

export interface CaptionProps {
  view: VendorView | null
  views: readonly VendorView[]
  rows: readonly HeatmapRow[]
  analysis: Analysis
}

/** The coverage sentence, shared by the caption and the image export. */
export function heatmapCoverage({ view, views, rows }: Omit<CaptionProps, 'analysis'>): string {
  const days = rows[0]?.weighted.length ?? 0
  return view
    ? `Data coverage: ${coverageCaption(view.coverage)}; ` +
        `${rows[0] ? summarizeRow(rows[0], days).noDataDays : days} of ${days} days shown have no data.`
    : fleetCoverage(rows, days, views)
}
