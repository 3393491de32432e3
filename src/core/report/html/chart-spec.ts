import type { TimelineState } from '../../stats/index'

/**
 * A chart as plain shapes, so one builder feeds both the CLI's HTML string and the app's React SVG
 * (no HTML strings reach the DOM). Coordinates are in the chart's own units (its viewBox).
 */
export interface ChartSpec {
  /** What the chart shows, for screen readers (role="img"). */
  label: string
  width: number
  height: number
  rects: ChartRect[]
  texts: ChartText[]
  lines: ChartLine[]
  legend: LegendEntry[]
}

export interface ChartRect {
  x: number
  y: number
  w: number
  h: number
  fill: string
  opacity?: number
  stroke?: string
  /** Hover text; left out for empty cells to keep the document lean. */
  title?: string
}

export interface ChartText {
  x: number
  y: number
  text: string
  anchor: 'start' | 'middle' | 'end'
  size: number
  fill?: string
  weight?: 'normal' | 'bold'
  /** Full text when `text` is shortened. */
  title?: string
}

export interface ChartLine {
  x1: number
  y1: number
  x2: number
  y2: number
  stroke: string
  dash?: string
}

export interface LegendEntry {
  label: string
  fill: string
  stroke?: string
}

/** The app's impact colours (src/components/ui/impact-style.ts), repeated here for the pure core. */
export const STATE_COLORS: Record<TimelineState, string> = {
  major_outage: '#dc2626',
  partial_outage: '#ea580c',
  degraded_performance: '#d97706',
  unknown: '#64748b',
  maintenance: '#2563eb',
}

export const STATE_LABELS: Record<TimelineState, string> = {
  major_outage: 'Major outage',
  partial_outage: 'Partial outage',
  degraded_performance: 'Degraded',
  unknown: 'Unknown impact',
  maintenance: 'Maintenance',
}

export const OPERATIONAL_COLOR = '#bbf7d0'
export const NO_DATA_COLOR = '#ffffff'
export const NO_DATA_STROKE = '#cbd5e1'
export const INK = '#0f172a'
export const MUTED_INK = '#475569'
export const GRID_COLOR = '#e2e8f0'

/** Keeps labels inside their column: "Transactional messa…". */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`
}
