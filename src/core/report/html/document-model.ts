import type { ChartSpec } from './chart-spec'

/**
 * The print report as plain strings and chart shapes: the CLI renders it to an HTML string, the app
 * to React elements, so both print the same document.
 */
export interface ReportDocumentModel {
  title: string
  /** Period, generation time, vendors: one line each. */
  lines: string[]
  vendors: VendorSection[]
}

export type Tone = 'good' | 'bad' | 'muted'

export interface ReportFact {
  label: string
  value: string
  /** A second line under the value, e.g. the covered-part uptime. */
  detail?: string
  tone?: Tone
}

export interface ReportRow {
  cells: string[]
  /** `total`: the whole-period row; `section`: a heading row spanning the table. */
  kind?: 'total' | 'section'
  tone?: Tone
}

export interface ReportTable {
  caption: string
  head: string[]
  /** Columns holding figures, right-aligned. */
  numeric: boolean[]
  /** The column coloured by each row's tone (the SLA verdict); null for none. */
  toneColumn: number | null
  rows: ReportRow[]
  /** A class for column widths (e.g. `vr-incidents`). */
  className?: string
  /** Said under the table, e.g. that the list is capped. */
  note: string | null
}

export interface ReportFigure {
  title: string
  chart: ChartSpec | null
  /** Says what the chart shows, and why it is missing when it is. */
  caption: string
}

export interface VendorSection {
  name: string
  meta: string[]
  facts: ReportFact[]
  /** Set when no data covers the period: the tables and charts are then left out. */
  notice: string | null
  sla: ReportTable | null
  components: ReportTable | null
  heatmap: ReportFigure | null
  downtime: ReportFigure | null
  incidents: ReportTable
  notes: { label: string; text: string }[]
}
