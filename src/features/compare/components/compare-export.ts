import {
  downtimeChartSvg,
  downtimeExportLegend,
} from '../../../components/ui/chart-export-downtime'
import { EXPORT_CHART_TEXT, EXPORT_FONT, EXPORT_INK } from '../../../components/ui/chart-export-ink'
import type {
  ChartExportSource,
  ExportLegendItem,
} from '../../../components/ui/chart-export-source'
import { drawSvg } from '../../../components/ui/chart-export-svg'
import type { DowntimeUnit } from '../../../components/ui/downtime-stacks'
import { IMPACT_LABELS } from '../../../components/ui/impact-style'
import { describeFormula } from '../../../core/stats/index'
import type { Analysis } from '../../workspace/hooks/use-analysis'
import type { VendorMultiple } from './small-multiples'
import { DAY_COLORS } from '../../workspace/days/day-colors'
import { CELL, exportGrid } from '../model/export-grid'
import { DAY_CLEAR, DAY_MAINTENANCE, DAY_NO_DATA } from '../../workspace/days/vendor-days'

const NS = 'http://www.w3.org/2000/svg'

const STRIP_LEGEND: ExportLegendItem[] = [
  { label: `Day strips: ${IMPACT_LABELS.major_outage}`, color: DAY_COLORS[0]! },
  { label: IMPACT_LABELS.partial_outage, color: DAY_COLORS[1]! },
  { label: IMPACT_LABELS.degraded_performance, color: DAY_COLORS[2]! },
  { label: IMPACT_LABELS.unknown, color: DAY_COLORS[3]! },
  { label: 'Maintenance only', color: DAY_COLORS[DAY_MAINTENANCE]! },
  { label: 'No incidents', color: DAY_COLORS[DAY_CLEAR]! },
]

function element(name: string, attributes: Record<string, string | number>, text?: string) {
  const node = document.createElementNS(NS, name)
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value))
  if (text !== undefined) node.textContent = text
  return node
}

/** One vendor's day codes as rects, runs of one colour merged (a year is ~365 rects at most). */
function stripRects(codes: Uint8Array, width: number, y: number): SVGElement[] {
  const cell = width / Math.max(1, codes.length)
  const rects: SVGElement[] = []
  for (let start = 0; start < codes.length;) {
    let end = start + 1
    while (end < codes.length && codes[end] === codes[start]) end += 1
    const code = codes[start] ?? DAY_NO_DATA
    const noData = code === DAY_NO_DATA
    rects.push(
      element('rect', {
        x: start * cell,
        y,
        width: (end - start) * cell,
        height: CELL.strip,
        fill: noData ? EXPORT_INK.noDataLine : (DAY_COLORS[code] ?? EXPORT_INK.noDataLine),
        'fill-opacity': noData ? 0.3 : 1,
      }),
    )
    start = end
  }
  return rects
}

/** Every vendor's small multiple (bars at one shared scale, day strip, dates) in one <svg>. */
async function multiplesSvg(
  items: readonly VendorMultiple[],
  unit: DowntimeUnit,
  max: number,
  width: number,
  height: number,
): Promise<SVGSVGElement> {
  const grid = exportGrid(items.length, width, height)
  const root = element('svg', {
    xmlns: NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': EXPORT_FONT,
  }) as SVGSVGElement
  const group = element('g', { transform: `scale(${grid.scale})` })
  root.append(group)
  for (const [index, item] of items.entries()) {
    const { x, y } = grid.cells[index]!
    const cell = element('g', { transform: `translate(${x} ${y})` })
    cell.append(
      element(
        'text',
        { x: 0, y: 15, 'font-size': 14, 'font-weight': 600, fill: EXPORT_INK.text },
        item.name,
      ),
    )
    const top = CELL.name
    if (item.days.months.every((month) => !month.hasData)) {
      cell.append(
        element('rect', {
          x: 0,
          y: top,
          width: grid.cellWidth,
          height: CELL.chart,
          fill: '#f1f5f9',
        }),
        element(
          'text',
          {
            x: grid.cellWidth / 2,
            y: top + CELL.chart / 2,
            'text-anchor': 'middle',
            'font-size': 12,
            fill: EXPORT_CHART_TEXT,
          },
          'No data covers this period',
        ),
      )
    } else {
      const chart = await downtimeChartSvg(
        {
          rows: item.days.months,
          unit,
          layout: 'time',
          compact: true,
          categoryLabel: 'Month (UTC)',
          valueMaxMinutes: max,
        },
        grid.cellWidth,
        CELL.chart,
      )
      for (const [key, value] of Object.entries({
        x: 0,
        y: top,
        width: grid.cellWidth,
        height: CELL.chart,
      }))
        chart.setAttribute(key, String(value))
      cell.append(chart)
    }
    const stripTop = top + CELL.chart + 6
    cell.append(...stripRects(item.days.codes, grid.cellWidth, stripTop))
    cell.append(
      element(
        'text',
        { x: 0, y: stripTop + CELL.strip + 14, 'font-size': 11, fill: EXPORT_CHART_TEXT },
        `${item.days.days[0] ?? ''} → ${item.days.days.at(-1) ?? ''}, one cell per UTC day`,
      ),
    )
    group.append(cell)
  }
  return root
}

/** The compare page's small multiples, framed for an image. */
export function compareExportSource(input: {
  items: readonly VendorMultiple[]
  unit: DowntimeUnit
  max: number
  analysis: Analysis
}): ChartExportSource {
  const { items, unit, max, analysis } = input
  const { method, maintenanceMode, durationSource } = analysis.base
  const noData = items.filter((item) => item.days.months.every((m) => !m.hasData))
  const partial = items.filter((item) => item.days.codes.includes(DAY_NO_DATA)).length
  const svg = (width: number, height: number) => multiplesSvg(items, unit, max, width, height)
  return {
    chart: 'compare',
    caption: {
      title: 'Monthly downtime and daily status, vendors side by side',
      vendors: items.map((item) => item.name),
      period: analysis.period,
      formula: `${describeFormula(method, maintenanceMode, durationSource)}. Bars: raw incident minutes per month by level, maintenance beside them, all charts on one scale (${unit.name})`,
      coverage:
        `${items.length - partial} of ${items.length} vendors have data for every day` +
        (noData.length > 0 ? `; no data at all: ${noData.map((i) => i.name).join(', ')}` : '') +
        '; shaded months and faint strip cells have no data.',
    },
    legend: [...downtimeExportLegend(true), ...STRIP_LEGEND],
    chartHeight: (width) => exportGrid(items.length, width).naturalHeight + 4,
    svg,
    draw: async (context, width, height) =>
      drawSvg(context, await svg(width, height), 0, 0, width, height),
  }
}
