export interface HeatmapLayout {
  /** Width of the fixed label column (its own canvas). */
  labelWidth: number
  /** Horizontal distance between day columns, CSS px (fractional). */
  pitch: number
  /** Empty pixels between cells when they are wide enough to afford it. */
  gap: number
  rowHeight: number
  headerHeight: number
  /** Size of the scrolling grid canvas. */
  gridWidth: number
  height: number
  days: number
  rows: number
}

const MIN_PITCH = 4

/** Fits the days into the width when it can; below 4 px a day the grid scrolls sideways instead. */
export function heatmapLayout(width: number, days: number, rows: number): HeatmapLayout {
  const labelWidth = width < 640 ? 104 : 176
  const available = Math.max(1, width - labelWidth)
  const pitch = Math.max(MIN_PITCH, available / Math.max(1, days))
  const rowHeight = 20
  const headerHeight = 28
  return {
    labelWidth,
    pitch,
    gap: pitch >= 6 ? 1 : 0,
    rowHeight,
    headerHeight,
    gridWidth: Math.ceil(pitch * days),
    height: headerHeight + rowHeight * Math.max(1, rows),
    days,
    rows,
  }
}

/** The cell under a point of the grid canvas, or null outside the cells. */
export function cellAt(
  layout: HeatmapLayout,
  x: number,
  y: number,
): { row: number; day: number } | null {
  if (y < layout.headerHeight || x < 0) return null
  const day = Math.floor(x / layout.pitch)
  const row = Math.floor((y - layout.headerHeight) / layout.rowHeight)
  if (day >= layout.days || row >= layout.rows) return null
  return { row, day }
}

/** A cell's rectangle on the grid canvas, snapped to whole pixels so neighbours never blur. */
export function cellRect(layout: HeatmapLayout, row: number, day: number) {
  const x0 = Math.round(day * layout.pitch)
  const x1 = Math.round((day + 1) * layout.pitch) - layout.gap
  const y = layout.headerHeight + row * layout.rowHeight + 2
  return { x: x0, y, w: Math.max(1, x1 - x0), h: layout.rowHeight - 4 }
}

/** Calls `paint` with each cell's rectangle (as cellRect snaps it) where `plane` holds `value`. */
export function eachCellRect(
  plane: Uint8Array,
  value: number,
  layout: HeatmapLayout,
  paint: (x: number, y: number, w: number, h: number) => void,
) {
  const { days, rows } = layout
  // Column edges once per draw, not once per cell: 365 instead of 14,600 rectangles.
  const left = new Float64Array(days)
  const width = new Float64Array(days)
  for (let day = 0; day < days; day += 1) {
    const r = cellRect(layout, 0, day)
    left[day] = r.x
    width[day] = r.w
  }
  const { y: top, h } = cellRect(layout, 0, 0)
  for (let row = 0; row < rows; row += 1) {
    const y = top + row * layout.rowHeight
    const offset = row * days
    for (let day = 0; day < days; day += 1)
      if (plane[offset + day] === value) paint(left[day] ?? 0, y, width[day] ?? 0, h)
  }
}
