/** Where each small multiple sits in an exported image: columns, cell boxes, and a fit scale. */
export const CELL = { name: 22, chart: 140, strip: 18, dates: 20, gap: 20 } as const
export const CELL_HEIGHT = CELL.name + CELL.chart + 6 + CELL.strip + CELL.dates

export interface ExportGrid {
  columns: number
  cellWidth: number
  /** Shrinks the whole grid when its rows would not fit the box (1 = natural size). */
  scale: number
  cells: { x: number; y: number }[]
  naturalHeight: number
}

export function exportGrid(count: number, width: number, height = Infinity): ExportGrid {
  const columns = Math.max(1, Math.min(count, width >= 960 ? 3 : 2))
  const rows = Math.ceil(count / columns)
  const naturalHeight = rows * CELL_HEIGHT + Math.max(0, rows - 1) * CELL.gap
  const scale = Math.min(1, height / Math.max(1, naturalHeight))
  const inner = width / scale
  const cellWidth = Math.floor((inner - (columns - 1) * CELL.gap) / columns)
  const cells = Array.from({ length: count }, (_, i) => ({
    x: (i % columns) * (cellWidth + CELL.gap),
    y: Math.floor(i / columns) * (CELL_HEIGHT + CELL.gap),
  }))
  return { columns, cellWidth, scale, cells, naturalHeight }
}
