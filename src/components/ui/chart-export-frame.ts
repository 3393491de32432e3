import { hatchPattern } from './chart-canvas'
import { EXPORT_FONT, EXPORT_INK } from './chart-export-ink'
import {
  captionLines,
  EXPORT_PIXEL_RATIO,
  EXPORT_SIZES,
  FRAME,
  frameLayout,
  packRows,
  wrapText,
  type ExportSize,
  type FrameLayout,
} from './chart-export-model'
import type { ChartExportSource, ExportLegendItem } from './chart-export-source'

const TITLE_FONT = `600 ${FRAME.titleSize}px ${EXPORT_FONT}`
const TEXT_FONT = `${FRAME.textSize}px ${EXPORT_FONT}`
const LEGEND_GAP = 20

/** Header, legend and footer text broken into lines for the frame width, plus the layout. */
export interface FramePlan {
  layout: FrameLayout
  title: string[]
  header: string[]
  footer: string[]
  legendRows: { item: ExportLegendItem; x: number }[][]
}

const measureContext = () => document.createElement('canvas').getContext('2d')

export function planFrame(source: ChartExportSource, size: ExportSize, at: Date): FramePlan {
  const context = measureContext()
  const measure = (font: string) => (text: string) => {
    if (!context) return text.length * 8
    context.font = font
    return context.measureText(text).width
  }
  const width = EXPORT_SIZES[size].width - 2 * FRAME.padding
  const lines = captionLines(source.caption, at)
  const wrap = (texts: string[], font: string) =>
    texts.flatMap((text) => wrapText(text, width, measure(font)))
  const widths = source.legend.map((item) => FRAME.swatch + 6 + measure(TEXT_FONT)(item.label))
  const legendRows = packRows(widths, width, LEGEND_GAP).map((row) => {
    let x = 0
    return row.map((index) => {
      const placed = { item: source.legend[index]!, x }
      x += (widths[index] ?? 0) + LEGEND_GAP
      return placed
    })
  })
  const title = wrap([lines.title], TITLE_FONT)
  const header = wrap(lines.header, TEXT_FONT)
  const footer = wrap(lines.footer, TEXT_FONT)
  const layout = frameLayout(
    size,
    {
      titleLines: title.length,
      headerLines: header.length,
      legendRows: legendRows.length,
      footerLines: footer.length,
    },
    source.chartHeight,
  )
  return { layout, title, header, footer, legendRows }
}

function drawText(context: CanvasRenderingContext2D, plan: FramePlan) {
  const { layout } = plan
  const line = FRAME.textSize * FRAME.lineGap
  context.textBaseline = 'top'
  context.fillStyle = EXPORT_INK.text
  context.font = TITLE_FONT
  plan.title.forEach((text, i) =>
    context.fillText(text, FRAME.padding, layout.headerTop + i * FRAME.titleSize * 1.25),
  )
  context.font = TEXT_FONT
  context.fillStyle = EXPORT_INK.muted
  const headerTop = layout.headerTop + plan.title.length * FRAME.titleSize * 1.25 + 6
  plan.header.forEach((text, i) => context.fillText(text, FRAME.padding, headerTop + i * line))
  plan.legendRows.forEach((row, r) => {
    const y = layout.legendTop + r * FRAME.legendRow
    for (const { item, x } of row) {
      context.fillStyle = item.hatch ? hatchPattern(context, item.color, item.hatch) : item.color
      context.fillRect(FRAME.padding + x, y + 1, FRAME.swatch, FRAME.swatch)
      context.fillStyle = EXPORT_INK.text
      context.fillText(item.label, FRAME.padding + x + FRAME.swatch + 6, y)
    }
  })
  context.fillStyle = EXPORT_INK.grid
  context.fillRect(FRAME.padding, layout.footerTop - 10, layout.width - 2 * FRAME.padding, 1)
  context.fillStyle = EXPORT_INK.muted
  plan.footer.forEach((text, i) =>
    context.fillText(text, FRAME.padding, layout.footerTop + i * line),
  )
}

/** The framed chart on a canvas at 2× pixel ratio, white behind everything. */
async function renderExportCanvas(
  source: ChartExportSource,
  size: ExportSize,
  at = new Date(),
): Promise<HTMLCanvasElement> {
  const plan = planFrame(source, size, at)
  const { layout } = plan
  const canvas = document.createElement('canvas')
  canvas.width = layout.width * EXPORT_PIXEL_RATIO
  canvas.height = layout.height * EXPORT_PIXEL_RATIO
  const context = canvas.getContext('2d')
  if (!context) throw new Error('This browser cannot draw on a canvas.')
  context.scale(EXPORT_PIXEL_RATIO, EXPORT_PIXEL_RATIO)
  context.fillStyle = EXPORT_INK.background
  context.fillRect(0, 0, layout.width, layout.height)
  drawText(context, plan)
  const { chart, chartScale } = layout
  context.save()
  context.beginPath()
  context.rect(chart.x, chart.y, chart.width, chart.height)
  context.clip()
  context.translate(chart.x, chart.y)
  context.scale(chartScale, chartScale)
  await source.draw(context, chart.width / chartScale, chart.height / chartScale)
  context.restore()
  return canvas
}

export async function renderExportPng(
  source: ChartExportSource,
  size: ExportSize,
  at = new Date(),
): Promise<Blob> {
  const canvas = await renderExportCanvas(source, size, at)
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))),
      'image/png',
    ),
  )
}
