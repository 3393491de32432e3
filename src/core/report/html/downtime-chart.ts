import { TIMELINE_STATES, formatMinutes } from '../../stats/index'
import {
  GRID_COLOR,
  MUTED_INK,
  STATE_COLORS,
  STATE_LABELS,
  type ChartLine,
  type ChartRect,
  type ChartText,
  type ChartSpec,
} from './chart-spec'
import type { ReportMonth } from './report-charts'

const WIDTH = 680
const HEIGHT = 200
const LEFT = 52
const RIGHT = 8
const TOP = 10
const BOTTOM = 22
const MIN_LABEL_GAP = 44

/** 1, 2, 5 × 10ⁿ: a step that gives about four gridlines. */
export function niceStep(max: number): number {
  const rough = max / 4
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)
  return step ?? 10 * power
}

const total = (month: ReportMonth) => TIMELINE_STATES.reduce((sum, s) => sum + month.minutes[s], 0)

const monthTitle = (month: ReportMonth) =>
  `${month.label}: ${
    TIMELINE_STATES.filter((s) => month.minutes[s] > 0)
      .map((s) => `${STATE_LABELS[s]} ${formatMinutes(month.minutes[s])}`)
      .join(', ') || 'no downtime'
  }`

/**
 * Monthly stacked bars of minutes per state (unweighted; the method's weights apply to the figures).
 * `coveredFractions[i]` 0 marks a month no data covers, drawn as "no data" instead of an empty bar.
 */
export function downtimeChart(
  months: readonly ReportMonth[],
  coveredFractions: readonly (number | null)[],
  vendor: string,
): ChartSpec {
  const max = Math.max(0, ...months.map(total))
  const hours = max >= 180
  const unit = hours ? 60 : 1
  const step = max === 0 ? 1 : niceStep(max / unit)
  const top = max === 0 ? step : Math.ceil(max / unit / step) * step
  const plotHeight = HEIGHT - TOP - BOTTOM
  const y = (value: number) => TOP + plotHeight * (1 - value / unit / top)
  const pitch = (WIDTH - LEFT - RIGHT) / Math.max(months.length, 1)
  const barWidth = Math.max(1, Math.min(40, pitch * 0.7))
  const lines: ChartLine[] = []
  const texts: ChartText[] = []
  for (let value = 0; value <= top + 1e-9; value += step) {
    const at = TOP + plotHeight * (1 - value / top)
    lines.push({ x1: LEFT, y1: at, x2: WIDTH - RIGHT, y2: at, stroke: GRID_COLOR })
    const label = `${Number(value.toFixed(2))} ${hours ? 'h' : 'min'}`
    texts.push({ x: LEFT - 6, y: at + 3, text: label, anchor: 'end', size: 9, fill: MUTED_INK })
  }
  const rects: ChartRect[] = []
  const every = Math.ceil(MIN_LABEL_GAP / pitch)
  months.forEach((month, i) => {
    const x = LEFT + i * pitch + (pitch - barWidth) / 2
    const title = monthTitle(month)
    let stacked = 0
    for (const state of TIMELINE_STATES) {
      const minutes = month.minutes[state]
      if (minutes <= 0) continue
      const h = y(stacked) - y(stacked + minutes)
      rects.push({ x, y: y(stacked + minutes), w: barWidth, h, fill: STATE_COLORS[state], title })
      stacked += minutes
    }
    if (coveredFractions[i] === 0) {
      const text = pitch >= 30 ? 'no data' : '·'
      texts.push({
        x: x + barWidth / 2,
        y: y(0) - 4,
        text,
        anchor: 'middle',
        size: 8,
        fill: MUTED_INK,
      })
    }
    if (i % every === 0) {
      const label = { x: x + barWidth / 2, y: HEIGHT - 8, text: month.label, size: 9 }
      texts.push({ ...label, anchor: 'middle', fill: MUTED_INK })
    }
  })
  if (max === 0) {
    const text = 'No incident or maintenance minutes in this period'
    texts.push({ x: (LEFT + WIDTH) / 2, y: TOP + plotHeight / 2, text, anchor: 'middle', size: 10 })
  }
  return {
    label: `${vendor}: incident and maintenance ${hours ? 'hours' : 'minutes'} per month, ${months[0]?.label ?? ''} to ${months.at(-1)?.label ?? ''}`,
    width: WIDTH,
    height: HEIGHT,
    rects,
    texts,
    lines,
    legend: TIMELINE_STATES.map((s) => ({ label: STATE_LABELS[s], fill: STATE_COLORS[s] })),
  }
}
