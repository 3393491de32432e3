import type { KeyboardEvent } from 'react'

export interface Cell {
  row: number
  day: number
}

/** Arrow keys move the focused cell, Home/End jump to the first/last day, PageUp/PageDown a week. */
function moveCell(key: string, cell: Cell, rows: number, days: number): Cell | null {
  const clamp = (row: number, day: number) => ({
    row: Math.min(rows - 1, Math.max(0, row)),
    day: Math.min(days - 1, Math.max(0, day)),
  })
  const moves: Record<string, () => Cell> = {
    ArrowLeft: () => clamp(cell.row, cell.day - 1),
    ArrowRight: () => clamp(cell.row, cell.day + 1),
    ArrowUp: () => clamp(cell.row - 1, cell.day),
    ArrowDown: () => clamp(cell.row + 1, cell.day),
    Home: () => clamp(cell.row, 0),
    End: () => clamp(cell.row, days - 1),
    PageUp: () => clamp(cell.row, cell.day - 7),
    PageDown: () => clamp(cell.row, cell.day + 7),
  }
  return moves[key]?.() ?? null
}

/** The grid's key handler: move the focus, Enter or Space lists the cell's incidents, Escape closes. */
export function cellKeyHandler(options: {
  focus: Cell
  rows: number
  days: number
  setFocus: (cell: Cell) => void
  onSelect: (cell: Cell | null) => void
}) {
  return (event: KeyboardEvent) => {
    const { focus, rows, days } = options
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      options.onSelect(focus)
      return
    }
    if (event.key === 'Escape') {
      options.onSelect(null)
      return
    }
    const next = moveCell(event.key, focus, rows, days)
    if (!next) return
    event.preventDefault()
    options.setFocus(next)
  }
}
