import { useMemo } from 'react'
import { DowntimeStackLegend } from '../../../components/ui/downtime-stack-legend'
import { pickDowntimeUnit } from '../../../components/ui/downtime-stacks'
import type { SeriesGranularity } from '../../../core/stats/index'
import type { Analysis } from '../../workspace/hooks/use-analysis'
import type { VendorView } from '../../workspace/hooks/use-vendor-views'
import { vendorFigures } from '../../workspace/model/vendor-figures'
import { describePeriodCoverage } from '../model/coverage-text'
import { toStackRows } from '../model/stack-rows'
import { vendorDowntime } from '../model/vendor-downtime'
import { downtimeExportSource } from '../../../components/ui/chart-export-downtime'
import { ChartHeading } from './chart-heading'
import { ChartNotes } from './chart-notes'
import { DowntimeTable } from './downtime-table'
import { LazyDowntimeChart } from '../../../components/ui/downtime-stack-chart-lazy'

interface VendorDowntimeSectionProps {
  view: VendorView
  analysis: Analysis
  bucket: SeriesGranularity
}

/** One vendor's weekly or monthly downtime: chart, legend, method, coverage and the numbers. */
export function VendorDowntimeSection({ view, analysis, bucket }: VendorDowntimeSectionProps) {
  const buckets = vendorDowntime(view, analysis, bucket)
  const rows = useMemo(() => toStackRows(buckets, (b) => b.label), [buckets])
  const tableRows = useMemo(() => buckets.map((b) => ({ ...b, key: b.label })), [buckets])
  const unit = pickDowntimeUnit(rows)
  const figures = vendorFigures(view, analysis)
  const name = view.config.name
  const title = `${name}: incident and maintenance downtime per ${bucket}, ${analysis.period.label}`
  const uncovered = rows.filter((row) => !row.hasData).length
  const categoryLabel = bucket === 'week' ? 'Week from Monday (UTC)' : 'Month (UTC)'
  const coverageText =
    `${describePeriodCoverage(figures.coverage)}.` +
    (uncovered > 0 ? ` ${uncovered} of ${rows.length} ${bucket}s have no data (shaded).` : '')
  const exportSource = () =>
    downtimeExportSource({
      caption: {
        title: `${name}: incident and maintenance downtime per ${bucket}`,
        vendors: [name],
        period: analysis.period,
        formula: figures.formula,
        coverage: coverageText,
      },
      showNoData: uncovered > 0,
      chart: { rows, unit, layout: 'time', categoryLabel },
      chartHeight: 320,
    })
  return (
    <figure aria-labelledby="downtime-vendor-title" className="min-w-0">
      <ChartHeading id="downtime-vendor-title" title={title} exportSource={exportSource} />
      <DowntimeStackLegend showNoData={uncovered > 0} />
      <div className="mt-2 text-slate-600 dark:text-slate-300">
        <LazyDowntimeChart
          rows={rows}
          unit={unit}
          layout="time"
          height={320}
          categoryLabel={categoryLabel}
        />
      </div>
      <ChartNotes formula={figures.formula} coverage={coverageText} />
      <h3 className="mt-4 mb-1 text-sm font-semibold">
        Data table: {name}, minutes per {bucket}
      </h3>
      <DowntimeTable
        caption={`${title}, in minutes`}
        rowHeader={bucket === 'week' ? 'Week from' : 'Month'}
        rows={tableRows}
      />
    </figure>
  )
}
