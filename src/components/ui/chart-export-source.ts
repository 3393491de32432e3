import type { ChartCaption } from './chart-export-model'

/** A legend entry drawn in the export frame: a swatch (optionally hatched) and its words. */
export interface ExportLegendItem {
  label: string
  color: string
  /** Stripe colour: the swatch is hatched like the chart's "no data". */
  hatch?: string
}

/** Everything an export needs from one chart; features build it, the frame does the rest. */
export interface ChartExportSource {
  /** File name stem, e.g. "downtime". */
  chart: string
  caption: ChartCaption
  /** The chart shows every vendor: the file says "all-vendors". */
  allVendors?: boolean
  legend: readonly ExportLegendItem[]
  /** The chart's natural height in CSS px at this drawing width. */
  chartHeight: (width: number) => number
  /** Paints the chart at (0, 0) in a width × height box of CSS px, in the light palette. */
  draw: (context: CanvasRenderingContext2D, width: number, height: number) => void | Promise<void>
  /** SVG charts: the chart as a standalone <svg> of that size, styles inlined. */
  svg?: (width: number, height: number) => Promise<SVGSVGElement>
}
