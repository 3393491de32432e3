import { TIMELINE_STATES, formatMinutes } from '../../stats/index'
import {
  GRID_COLOR,
  INK,
  MUTED_INK,
  NO_DATA_COLOR,
  NO_DATA_STROKE,
  OPERATIONAL_COLOR,
  STATE_COLORS,
  STATE_LABELS,
  shorten,
  type ChartRect,
  type ChartSpec,
  type ChartText,
} from './chart-spec'
import type { ReportHeatmap, StateMinutes } from './report-charts'

const WIDTH = 680
const LABEL_WIDTH = 138
const ROW_HEIGHT = 14
const TOP = 4
const AXIS_HEIGHT = 16
const MIN_TICK_GAP = 64
/** Room a `YYYY-MM-DD` tick label needs at font size 9. */
const TICK_WIDTH = 54

/** Worst state first (TIMELINE_STATES order); strength grows with its minutes that day. */
function cellFill(cell: Partial<StateMinutes>): { fill: string; opacity?: number } | null {
  const worst = TIMELINE_STATES.find((state) => (cell[state] ?? 0) > 0)
  if (!worst) return null
  const minutes = cell[worst] ?? 0
  const opacity = minutes < 60 ? 0.5 : minutes < 240 ? 0.75 : undefined
  return { fill: STATE_COLORS[worst], ...(opacity ? { opacity } : {}) }
}

const cellTitle = (row: string, day: string, cell: Partial<StateMinutes>) =>
  `${row} · ${day}: ${TIMELINE_STATES.filter((s) => cell[s])
    .map((s) => `${STATE_LABELS[s]} ${formatMinutes(cell[s] ?? 0)}`)
    .join(', ')}`

function dayTicks(days: readonly string[], x: (d: number) => number): ChartText[] {
  const ticks: ChartText[] = []
  let lastX = -Infinity
  days.forEach((day, d) => {
    if (d !== 0 && !day.endsWith('-01')) return
    if (x(d) - lastX < MIN_TICK_GAP || x(d) + TICK_WIDTH > WIDTH) return
    lastX = x(d)
    ticks.push({ x: x(d), y: 0, text: day, anchor: 'start', size: 9, fill: MUTED_INK })
  })
  return ticks
}

/** Components × days: one rect per component-day, coloured by the worst state of that day. */
export function heatmapChart(heatmap: ReportHeatmap, vendor: string): ChartSpec {
  const { days, rows, covered } = heatmap
  const pitch = Math.min(12, (WIDTH - LABEL_WIDTH - 4) / Math.max(days.length, 1))
  const gap = pitch >= 4 ? 1 : 0
  const x = (d: number) => LABEL_WIDTH + d * pitch
  const gridBottom = TOP + rows.length * ROW_HEIGHT
  const rects: ChartRect[] = []
  const texts: ChartText[] = []
  rows.forEach((row, r) => {
    const y = TOP + r * ROW_HEIGHT
    texts.push({
      x: LABEL_WIDTH - 6,
      y: y + ROW_HEIGHT - 4,
      text: shorten(row.name, 24),
      anchor: 'end',
      size: 9.5,
      fill: INK,
      weight: r === 0 && rows.length > 1 ? 'bold' : 'normal',
      ...(row.name.length > 24 ? { title: row.name } : {}),
    })
    row.cells.forEach((cell, d) => {
      const base = { x: x(d), y, w: pitch - gap, h: ROW_HEIGHT - 2 }
      const state = cellFill(cell)
      const day = days[d] ?? ''
      if (state) rects.push({ ...base, ...state, title: cellTitle(row.name, day, cell) })
      else if (covered[d]) rects.push({ ...base, fill: OPERATIONAL_COLOR })
      else rects.push({ ...base, fill: NO_DATA_COLOR, stroke: NO_DATA_STROKE })
    })
  })
  const ticks = dayTicks(days, x).map((t) => ({ ...t, y: gridBottom + 11 }))
  const first = days[0] ?? ''
  const last = days.at(-1) ?? ''
  return {
    label: `${vendor}: daily status of ${rows.length} rows from ${first} to ${last}`,
    width: WIDTH,
    height: gridBottom + AXIS_HEIGHT,
    rects,
    texts: [...texts, ...ticks],
    lines: [
      {
        x1: LABEL_WIDTH,
        y1: gridBottom + 1,
        x2: x(days.length),
        y2: gridBottom + 1,
        stroke: GRID_COLOR,
      },
    ],
    legend: [
      { label: 'Operational', fill: OPERATIONAL_COLOR },
      ...TIMELINE_STATES.map((s) => ({ label: STATE_LABELS[s], fill: STATE_COLORS[s] })),
      { label: 'No data', fill: NO_DATA_COLOR, stroke: NO_DATA_STROKE },
    ],
  }
}
