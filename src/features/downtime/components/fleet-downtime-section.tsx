import { useMemo } from 'react'
import { DowntimeStackLegend } from '../../../components/ui/downtime-stack-legend'
import { pickDowntimeUnit } from '../../../components/ui/downtime-stacks'
import { describeFormula, type SeriesGranularity } from '../../../core/stats/index'
import type { Analysis } from '../../workspace/hooks/use-analysis'
import type { VendorView } from '../../workspace/hooks/use-vendor-views'
import { capFleetRows, fleetBarLabel, fleetDowntime } from '../model/fleet-downtime'
import { toStackRows } from '../model/stack-rows'
import { downtimeExportSource } from '../../../components/ui/chart-export-downtime'
import { ChartHeading } from './chart-heading'
import { ChartNotes } from './chart-notes'
import { DowntimeTable } from './downtime-table'
import { LazyDowntimeChart } from '../../../components/ui/downtime-stack-chart-lazy'

interface FleetDowntimeSectionProps {
  views: readonly VendorView[]
  analysis: Analysis
  bucket: SeriesGranularity
  slice: string | null
}

const BAR_HEIGHT = 30

/** Every vendor's downtime for one week, month or the whole period, one bar group per vendor. */
export function FleetDowntimeSection({
  views,
  analysis,
  bucket,
  slice,
}: FleetDowntimeSectionProps) {
  const fleet = fleetDowntime(views, analysis, bucket, slice)
  const rows = useMemo(() => toStackRows(capFleetRows(fleet.rows), fleetBarLabel), [fleet])
  const tableRows = useMemo(() => fleet.rows.map((r) => ({ ...r, label: r.name })), [fleet])
  const unit = pickDowntimeUnit(rows)
  const { method, maintenanceMode, durationSource } = analysis.base
  const periodName =
    slice === null ? analysis.period.label : bucket === 'week' ? `the week from ${slice}` : slice
  const title = `Incident and maintenance downtime by vendor, ${periodName}`
  const partial = fleet.rows.filter((r) => r.coveredFraction > 0 && r.coveredFraction < 1)
  const none = fleet.rows.filter((r) => r.coveredFraction <= 0)
  const capped = rows.length < fleet.rows.length
  const formula = describeFormula(method, maintenanceMode, durationSource)
  const coverageText =
    `${fleet.rows.length - partial.length - none.length} of ${fleet.rows.length} vendors’ data covers the whole of ${periodName}` +
    (partial.length > 0 ? `; partly covered: ${partial.map((r) => r.name).join(', ')}` : '') +
    (none.length > 0 ? `; no data: ${none.map((r) => r.name).join(', ')}` : '') +
    '.' +
    (capped
      ? ` The chart shows the ${rows.length - 1} vendors with most incident minutes and sums the rest as “other”; the table lists all.`
      : '')
  const chartHeight = rows.length * BAR_HEIGHT + 60
  const exportSource = () =>
    downtimeExportSource({
      caption: {
        title: 'Incident and maintenance downtime by vendor',
        vendors: views.map((v) => v.config.name),
        period: {
          label: periodName,
          from: fleet.from.slice(0, 10),
          to: fleet.to.slice(0, 10),
        },
        formula,
        coverage: coverageText,
      },
      allVendors: true,
      showNoData: none.length > 0,
      chart: { rows, unit, layout: 'categories', categoryLabel: 'Vendor' },
      chartHeight,
    })
  return (
    <figure aria-labelledby="downtime-fleet-title" className="min-w-0">
      <ChartHeading id="downtime-fleet-title" title={title} exportSource={exportSource} />
      <DowntimeStackLegend showNoData={none.length > 0} />
      <div className="mt-2 text-slate-600 dark:text-slate-300">
        <LazyDowntimeChart
          rows={rows}
          unit={unit}
          layout="categories"
          height={chartHeight}
          categoryLabel="Vendor"
        />
      </div>
      <ChartNotes formula={formula} coverage={coverageText} />
      <h3 className="mt-4 mb-1 text-sm font-semibold">
        Data table: minutes per vendor, {periodName}
      </h3>
      <DowntimeTable caption={`${title}, in minutes`} rowHeader="Vendor" rows={tableRows} />
    </figure>
  )
}
