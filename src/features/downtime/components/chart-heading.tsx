import type { ChartExportSource } from '../../../components/ui/chart-export-source'
import { ChartExportMenu } from '../../../components/ui/chart-export-menu'

/** A chart's title with its Export menu beside it. */
export function ChartHeading({
  id,
  title,
  exportSource,
}: {
  id: string
  title: string
  exportSource: () => ChartExportSource
}) {
  return (
    <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
      <h2 id={id} className="text-base font-semibold">
        {title}
      </h2>
      <ChartExportMenu source={exportSource} chartName="downtime chart" svg />
    </div>
  )
}
