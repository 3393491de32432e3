import { planFrame } from './chart-export-frame'
import { EXPORT_FONT, EXPORT_INK } from './chart-export-ink'
import { FRAME, type ExportSize } from './chart-export-model'
import type { ChartExportSource } from './chart-export-source'

const NS = 'http://www.w3.org/2000/svg'

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const text = (x: number, y: number, value: string, size: number, fill: string, weight = 400) =>
  `<text x="${x}" y="${y + size * 0.82}" font-family="${escapeXml(EXPORT_FONT)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(value)}</text>`

/** The framed chart as one standalone SVG document: text as <text>, the chart nested, no CSS. */
export async function renderExportSvg(
  source: ChartExportSource,
  size: ExportSize,
  at = new Date(),
): Promise<string> {
  if (!source.svg) throw new Error('This chart is drawn on a canvas; export it as PNG.')
  const plan = planFrame(source, size, at)
  const { layout } = plan
  const { chart, chartScale } = layout
  const [innerWidth, innerHeight] = [chart.width / chartScale, chart.height / chartScale]
  const svg = await source.svg(innerWidth, innerHeight)
  svg.setAttribute('x', String(chart.x))
  svg.setAttribute('y', String(chart.y))
  svg.setAttribute('width', String(chart.width))
  svg.setAttribute('height', String(chart.height))
  svg.setAttribute('viewBox', `0 0 ${innerWidth} ${innerHeight}`)
  const line = FRAME.textSize * FRAME.lineGap
  const parts: string[] = [
    `<rect width="${layout.width}" height="${layout.height}" fill="${EXPORT_INK.background}"/>`,
    `<defs><pattern id="export-hatch" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${EXPORT_INK.noData}"/><path d="M-1,7 L7,-1" stroke="${EXPORT_INK.noDataLine}" stroke-width="1.5"/></pattern></defs>`,
  ]
  plan.title.forEach((value, i) =>
    parts.push(
      text(
        FRAME.padding,
        layout.headerTop + i * FRAME.titleSize * 1.25,
        value,
        FRAME.titleSize,
        EXPORT_INK.text,
        600,
      ),
    ),
  )
  const headerTop = layout.headerTop + plan.title.length * FRAME.titleSize * 1.25 + 6
  plan.header.forEach((value, i) =>
    parts.push(text(FRAME.padding, headerTop + i * line, value, FRAME.textSize, EXPORT_INK.muted)),
  )
  plan.legendRows.forEach((row, r) => {
    const y = layout.legendTop + r * FRAME.legendRow
    for (const { item, x } of row) {
      const fill = item.hatch ? 'url(#export-hatch)' : item.color
      parts.push(
        `<rect x="${FRAME.padding + x}" y="${y + 1}" width="${FRAME.swatch}" height="${FRAME.swatch}" fill="${fill}"/>`,
        text(FRAME.padding + x + FRAME.swatch + 6, y, item.label, FRAME.textSize, EXPORT_INK.text),
      )
    }
  })
  parts.push(new XMLSerializer().serializeToString(svg))
  parts.push(
    `<rect x="${FRAME.padding}" y="${layout.footerTop - 10}" width="${layout.width - 2 * FRAME.padding}" height="1" fill="${EXPORT_INK.grid}"/>`,
  )
  plan.footer.forEach((value, i) =>
    parts.push(
      text(FRAME.padding, layout.footerTop + i * line, value, FRAME.textSize, EXPORT_INK.muted),
    ),
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="${NS}" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">${parts.join('')}</svg>\n`
}
