import { DAY_MS } from '../../core/time/instants'
/** Pure pieces of chart image export: sizes, filenames, caption text and frame layout. */

export const EXPORT_SIZES = {
  slides: { label: 'PNG for slides (1600×900)', width: 1600, height: 900 as number | null },
  document: { label: 'PNG for documents (1200 wide)', width: 1200, height: null },
} as const
export type ExportSize = keyof typeof EXPORT_SIZES

/** Backing pixels per CSS pixel of an exported PNG. */
export const EXPORT_PIXEL_RATIO = 2

export interface ChartCaption {
  /** The chart's name, e.g. "Incident timeline: maestra". */
  title: string
  vendors: readonly string[]
  period: { label: string; from: string; to: string }
  formula: string
  coverage: string
}

/** Lower-case, dash-separated, ASCII letters and digits only (safe in every file system). */
function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug || 'vendor'
}

/** e.g. `downtime-maestra-2025-06-01_2026-06-01.png`; many vendors collapse to "all-vendors". */
export function exportFilename(
  chart: string,
  vendors: readonly string[],
  period: { from: string; to: string },
  extension: 'png' | 'svg',
  allVendors = false,
): string {
  const who =
    allVendors || vendors.length > 3
      ? 'all-vendors'
      : vendors.length === 0
        ? 'no-vendors'
        : vendors.map(slugify).join('-')
  return `${slugify(chart)}-${who}-${period.from}_${period.to}.${extension}`
}

/** The last day inside a period whose `to` is exclusive. */
export function lastDay(to: string): string {
  const end = Date.parse(`${to}T00:00:00Z`)
  return Number.isNaN(end) ? to : new Date(end - DAY_MS).toISOString().slice(0, 10)
}

/** Names the vendors; a long list ends with "and N more" so the header stays short. */
export function vendorList(vendors: readonly string[], max = 12): string {
  if (vendors.length === 0) return 'none'
  if (vendors.length <= max) return vendors.join(', ')
  return `${vendors.slice(0, max - 2).join(', ')} and ${vendors.length - (max - 2)} more`
}

/** The lines above and below the chart: what, who, when; then how, how complete, and provenance. */
export function captionLines(caption: ChartCaption, generatedAt: Date) {
  const { period } = caption
  return {
    title: caption.title,
    header: [
      `Vendors: ${vendorList(caption.vendors)}`,
      // Custom periods are labelled with their dates already; say them once.
      period.label.includes(period.from)
        ? `Period: ${period.label} (UTC days, both ends included)`
        : `Period: ${period.label}, ${period.from} to ${lastDay(period.to)} (UTC days, both ends included)`,
    ],
    footer: [
      `Method: ${caption.formula}`,
      `Data coverage: ${caption.coverage.replace(/^Data coverage:\s*/i, '')}`,
      `Generated ${generatedAt.toISOString()} by Vendor Reliability`,
    ],
  }
}

/** Greedy word wrap by a measuring function (canvas measureText in the app, a stub in tests). */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word
    if (line && measure(next) > maxWidth) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line) lines.push(line)
  return lines
}

export const FRAME = {
  padding: 40,
  titleSize: 26,
  textSize: 15,
  lineGap: 1.4,
  sectionGap: 16,
  legendRow: 24,
  swatch: 14,
} as const

export interface FrameLayout {
  width: number
  height: number
  chart: { x: number; y: number; width: number; height: number }
  headerTop: number
  legendTop: number
  footerTop: number
  /** Chart drawing zoom: slides enlarge the chart's own text to read from the back of a room. */
  chartScale: number
}

/**
 * Places header, legend, chart and footer. Slides have a fixed height and the chart takes what is
 * left; documents are as tall as the chart wants (`chartHeight(width, scale)` in CSS px).
 */
export function frameLayout(
  size: ExportSize,
  counts: { titleLines: number; headerLines: number; legendRows: number; footerLines: number },
  chartHeight: (width: number, scale: number) => number,
): FrameLayout {
  const { width, height: fixed } = EXPORT_SIZES[size]
  const chartScale = size === 'slides' ? 1.3 : 1
  const line = FRAME.textSize * FRAME.lineGap
  const headerTop = FRAME.padding
  const legendTop =
    headerTop +
    counts.titleLines * FRAME.titleSize * 1.25 +
    6 +
    counts.headerLines * line +
    FRAME.sectionGap / 2
  const chartTop = legendTop + counts.legendRows * FRAME.legendRow + FRAME.sectionGap
  const footerHeight = counts.footerLines * line
  const chartWidth = width - 2 * FRAME.padding
  const wanted = Math.ceil(chartHeight(chartWidth / chartScale, chartScale) * chartScale)
  const total =
    fixed ?? Math.ceil(chartTop + wanted + FRAME.sectionGap + footerHeight + FRAME.padding)
  const available = total - chartTop - FRAME.sectionGap - footerHeight - FRAME.padding
  return {
    width,
    height: total,
    chart: { x: FRAME.padding, y: chartTop, width: chartWidth, height: Math.max(40, available) },
    headerTop,
    legendTop,
    footerTop: total - FRAME.padding - footerHeight,
    chartScale,
  }
}

/** Packs items of the given widths into rows no wider than maxWidth: the legend's wrapping. */
export function packRows(widths: readonly number[], maxWidth: number, gap: number): number[][] {
  const rows: number[][] = []
  let row: number[] = []
  let used = 0
  widths.forEach((width, index) => {
    const next = row.length === 0 ? width : used + gap + width
    if (row.length > 0 && next > maxWidth) {
      rows.push(row)
      row = [index]
      used = width
    } else {
      row.push(index)
      used = next
    }
  })
  if (row.length > 0) rows.push(row)
  return rows
}
