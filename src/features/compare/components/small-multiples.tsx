import { ChartExportMenu } from '../../../components/ui/chart-export-menu'
import { LazyDowntimeChart } from '../../../components/ui/downtime-stack-chart-lazy'
import { DowntimeStackLegend } from '../../../components/ui/downtime-stack-legend'
import {
  pickDowntimeUnit,
  tallestStack,
  type DowntimeUnit,
} from '../../../components/ui/downtime-stacks'
import type { Analysis } from '../../workspace/hooks/use-analysis'
import { compareExportSource } from './compare-export'
import type { VendorDays } from '../../workspace/days/vendor-days'
import { DayStrip } from './day-strip'
import { DayStripLegend } from './day-strip-legend'

export interface VendorMultiple {
  vendorId: string
  name: string
  days: VendorDays
}

function Multiple({ item, unit, max }: { item: VendorMultiple; unit: DowntimeUnit; max: number }) {
  const noData = item.days.months.every((month) => !month.hasData)
  return (
    <li className="min-w-0 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
      <h3 className="mb-1 text-sm font-semibold">{item.name}</h3>
      <div className="text-slate-600 dark:text-slate-300">
        {noData ? (
          <p className="grid h-[140px] place-items-center rounded bg-slate-400/10 text-xs text-slate-700 dark:text-slate-200">
            No data covers this period
          </p>
        ) : (
          <LazyDowntimeChart
            rows={item.days.months}
            unit={unit}
            layout="time"
            height={140}
            compact
            categoryLabel="Month (UTC)"
            valueMaxMinutes={max}
          />
        )}
      </div>
      <DayStrip days={item.days} name={item.name} />
    </li>
  )
}

/** One small chart per vendor at one shared scale, each with its daily strip. */
export function SmallMultiples({
  items,
  analysis,
}: {
  items: VendorMultiple[]
  analysis: Analysis
}) {
  const period = analysis.period.label
  const rows = items.flatMap((item) => item.days.months)
  // One scale for every multiple, so bar heights compare across vendors.
  const unit = pickDowntimeUnit(rows)
  const max = Math.max(1, ...rows.map(tallestStack))
  return (
    <figure aria-labelledby="compare-multiples-title" className="mt-8">
      <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
        <h2 id="compare-multiples-title" className="text-base font-semibold">
          Monthly downtime and daily status: {items.map((item) => item.name).join(', ')}, {period}
        </h2>
        {items.length > 0 && (
          <ChartExportMenu
            chartName="comparison charts"
            svg
            source={() => compareExportSource({ items, unit, max, analysis })}
          />
        )}
      </div>
      <div className="space-y-1">
        <DowntimeStackLegend showNoData title="Monthly bars:" />
        <DayStripLegend />
      </div>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {items.map((item) => (
          <Multiple key={item.vendorId} item={item} unit={unit} max={max} />
        ))}
      </ul>
      <figcaption className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        Bars: raw incident minutes per month by level, maintenance beside them, all charts on one
        scale ({unit.name}); shaded months have no data. Strips: one cell per UTC day, coloured by
        the worst level that day.
      </figcaption>
    </figure>
  )
}
