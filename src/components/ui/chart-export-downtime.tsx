import type { DowntimeStackChartProps } from './downtime-stack-chart'
import { EXPORT_INK } from './chart-export-ink'
import type { ChartCaption } from './chart-export-model'
import type { ChartExportSource, ExportLegendItem } from './chart-export-source'
import { drawSvg, renderSvgOffscreen } from './chart-export-svg'
import { DOWNTIME_STACK_SERIES } from './downtime-stacks'

/** The downtime stacks' legend in the export frame (the page's legend is HTML). */
export function downtimeExportLegend(showNoData: boolean): ExportLegendItem[] {
  const items: ExportLegendItem[] = DOWNTIME_STACK_SERIES.map((series) => ({
    label: series.stackId === 'maintenance' ? `${series.label} (separate bar)` : series.label,
    color: series.color,
  }))
  if (showNoData) items.push({ label: 'No data (shaded)', color: EXPORT_INK.grid })
  return items
}

/** Renders one recharts downtime chart off screen at the export size and returns its <svg>. */
export async function downtimeChartSvg(
  props: Omit<DowntimeStackChartProps, 'height'>,
  width: number,
  height: number,
): Promise<SVGSVGElement> {
  // recharts stays out of the main bundle: loaded on first export as on first chart.
  const { default: DowntimeStackChart } = await import('./downtime-stack-chart')
  return renderSvgOffscreen(<DowntimeStackChart {...props} height={Math.round(height)} />, width)
}

/** An export of one downtime chart: SVG for the file, the same SVG drawn into the PNG. */
export function downtimeExportSource(options: {
  caption: ChartCaption
  allVendors?: boolean
  showNoData: boolean
  chart: Omit<DowntimeStackChartProps, 'height'>
  chartHeight: number
}): ChartExportSource {
  const svg = (width: number, height: number) => downtimeChartSvg(options.chart, width, height)
  return {
    chart: 'downtime',
    caption: options.caption,
    allVendors: options.allVendors,
    legend: downtimeExportLegend(options.showNoData),
    chartHeight: () => options.chartHeight,
    svg,
    draw: async (context, width, height) =>
      drawSvg(context, await svg(width, height), 0, 0, width, height),
  }
}
