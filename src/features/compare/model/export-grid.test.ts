import { describe, expect, it } from 'vitest'
import { CELL_HEIGHT, exportGrid } from './export-grid'

describe('exportGrid', () => {
  it('puts three vendors in one row of three cells on a wide image', () => {
    const grid = exportGrid(3, 1000)
    expect(grid.columns).toBe(3)
    expect(grid.cells.map((c) => c.y)).toEqual([0, 0, 0])
    expect(grid.cellWidth * 3 + 2 * 20).toBeLessThanOrEqual(1000)
    expect(grid.scale).toBe(1)
  })

  it('wraps to a second row and never uses more columns than vendors', () => {
    expect(exportGrid(4, 1000).cells[3]).toEqual({ x: 0, y: CELL_HEIGHT + 20 })
    expect(exportGrid(1, 1200).columns).toBe(1)
    expect(exportGrid(5, 800).columns).toBe(2)
  })

  it('shrinks a grid taller than the box so every vendor stays in the image', () => {
    const grid = exportGrid(12, 1200, 400)
    expect(grid.naturalHeight).toBeGreaterThan(400)
    expect(grid.naturalHeight * grid.scale).toBeCloseTo(400)
    // Cells are laid out in the unscaled space, which is wider by 1 / scale.
    expect(grid.cellWidth * 3 * grid.scale).toBeLessThanOrEqual(1200)
  })
})
