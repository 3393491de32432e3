import { describe, expect, it } from 'vitest'
import { cellRect, eachCellRect, heatmapLayout } from './heatmap-layout'

describe('eachCellRect', () => {
  it('paints every cell holding the value at the rectangle cellRect gives it, and no other cell', () => {
    for (const width of [700, 1400]) {
      const layout = heatmapLayout(width, 365, 3)
      const plane = new Uint8Array(3 * 365).map((_, cell) => (cell * 7) % 5)
      const painted: string[] = []
      eachCellRect(plane, 2, layout, (x, y, w, h) => painted.push(`${x},${y},${w},${h}`))
      const expected: string[] = []
      plane.forEach((value, cell) => {
        if (value !== 2) return
        const r = cellRect(layout, Math.floor(cell / 365), cell % 365)
        expected.push(`${r.x},${r.y},${r.w},${r.h}`)
      })
      expect(painted).toEqual(expected)
    }
  })
})
