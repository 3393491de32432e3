import { useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react'
import { prepareCanvas, useChartInk } from '../../../components/ui/chart-canvas'
import { useElementWidth } from '../../../components/ui/element-width'
import { describeCell } from '../model/describe-cell'
import type { HeatmapRow } from '../model/heatmap-model'
import { cellAt, cellRect, heatmapLayout } from '../model/heatmap-layout'
import type { HeatmapPlan } from '../model/heatmap-plan'
import { drawGrid, drawLabels } from './draw-heatmap'
import { HeatmapTooltip } from './heatmap-tooltip'
import { cellKeyHandler, type Cell } from '../model/cell-keys'

interface HeatmapCanvasProps {
  rows: readonly HeatmapRow[]
  days: readonly string[]
  plan: HeatmapPlan
  fleet: boolean
  label: string
  selected: Cell | null
  onSelect: (cell: Cell | null) => void
}

/** Two canvases (fixed row names, scrolling days), one overlay for focus, one tooltip element. */
export function HeatmapCanvas({
  rows,
  days,
  plan,
  fleet,
  label,
  selected,
  onSelect,
}: HeatmapCanvasProps) {
  const box = useRef<HTMLDivElement>(null)
  const scroller = useRef<HTMLDivElement>(null)
  const labels = useRef<HTMLCanvasElement>(null)
  const grid = useRef<HTMLCanvasElement>(null)
  const overlay = useRef<HTMLCanvasElement>(null)
  const ink = useChartInk()
  const width = useElementWidth(box, 'heatmap')
  // A stable layout: hover and focus redraw only the overlay, never the 14,600-cell grid.
  const layout = useMemo(
    () => heatmapLayout(width, days.length, rows.length),
    [width, days.length, rows.length],
  )
  const [hover, setHover] = useState<Cell | null>(null)
  const [focusWanted, setFocus] = useState<Cell>({ row: 0, day: days.length - 1 })
  // Rows arrive as history loads: keep the focused cell inside the grid.
  const focus = {
    row: Math.max(0, Math.min(focusWanted.row, rows.length - 1)),
    day: Math.max(0, Math.min(focusWanted.day, days.length - 1)),
  }
  const [focused, setFocused] = useState(false)
  const [scrollLeft, setScrollLeft] = useState(0)
  const shown = hover ?? (focused ? focus : null)

  // Where the grid scrolls sideways (narrow screens), it opens on its latest days.
  const measured = width > 0
  useEffect(() => {
    const element = scroller.current
    if (element) element.scrollLeft = element.scrollWidth
  }, [layout.gridWidth, measured])

  // Drawn before the first paint, once per open: rows and plan keep their identity while unchanged.
  useLayoutEffect(() => {
    const labelContext =
      labels.current && prepareCanvas(labels.current, layout.labelWidth, layout.height)
    if (labelContext) drawLabels(labelContext, rows, layout, ink)
    const gridContext = grid.current && prepareCanvas(grid.current, layout.gridWidth, layout.height)
    if (gridContext) drawGrid(gridContext, days, plan, layout, ink)
  }, [rows, days, plan, layout, ink])

  // The overlay gets its backing store only once it has an outline to show, not on every open.
  const overlayUsed = useRef(false)
  useEffect(() => {
    const outlines = selected || focused || hover
    if (!outlines && !overlayUsed.current) return
    overlayUsed.current = true
    const context =
      overlay.current && prepareCanvas(overlay.current, layout.gridWidth, layout.height)
    if (!context) return
    const outline = (cell: Cell | null, colour: string) => {
      if (!cell) return
      const r = cellRect(layout, cell.row, cell.day)
      context.strokeStyle = colour
      context.lineWidth = 2
      context.strokeRect(r.x - 1.5, r.y - 1.5, r.w + 3, r.h + 3)
    }
    outline(selected, ink.text)
    outline(focused ? { row: focus.row, day: focus.day } : null, ink.focus)
    outline(hover, ink.text)
  }, [layout, selected, focus.row, focus.day, focused, hover, ink])

  useEffect(() => {
    const element = scroller.current
    if (!element || !focused) return
    const r = cellRect(layout, focus.row, focus.day)
    if (r.x < element.scrollLeft) element.scrollLeft = r.x - 8
    else if (r.x + r.w > element.scrollLeft + element.clientWidth)
      element.scrollLeft = r.x + r.w - element.clientWidth + 8
  }, [focus.row, focus.day, focused, layout])

  const pointed = (event: MouseEvent<HTMLCanvasElement>) => {
    const bounds = event.currentTarget.getBoundingClientRect()
    return cellAt(layout, event.clientX - bounds.left, event.clientY - bounds.top)
  }
  // Re-render only when the pointer enters another cell.
  const hoverCell = (cell: Cell | null) =>
    setHover((current) =>
      current?.row === cell?.row && current?.day === cell?.day ? current : cell,
    )
  const description =
    shown && rows[shown.row]
      ? describeCell(rows[shown.row]!, shown.day, days[shown.day] ?? '', fleet)
      : null
  const focusText = rows[focus.row]
    ? describeCell(rows[focus.row]!, focus.day, days[focus.day] ?? '', fleet).sentence
    : ''
  const focusRect = cellRect(layout, focus.row, focus.day)
  const tip = shown ? cellRect(layout, shown.row, shown.day) : null
  return (
    <div ref={box} className="relative w-full">
      {width > 0 && (
        <div className="flex">
          <canvas ref={labels} aria-hidden="true" className="shrink-0" />
          <div
            ref={scroller}
            className="overflow-x-auto"
            onScroll={(e) => setScrollLeft(e.currentTarget.scrollLeft)}
          >
            <div className="relative" style={{ width: layout.gridWidth, height: layout.height }}>
              <canvas
                ref={grid}
                tabIndex={0}
                role="application"
                aria-roledescription="heatmap"
                aria-label={`${label}. Arrow keys move between days and rows; Enter lists the day's incidents.`}
                className="block cursor-pointer rounded focus-visible:outline-2 focus-visible:outline-teal-600"
                onPointerMove={(event) => hoverCell(pointed(event))}
                onPointerLeave={() => hoverCell(null)}
                onClick={(event) => {
                  const cell = pointed(event)
                  if (cell) {
                    setFocus(cell)
                    onSelect(cell)
                  }
                }}
                onFocus={() => setFocused(true)}
                onBlur={() => setFocused(false)}
                onKeyDown={cellKeyHandler({
                  focus,
                  rows: rows.length,
                  days: days.length,
                  setFocus,
                  onSelect,
                })}
              />
              <canvas
                ref={overlay}
                aria-hidden="true"
                className="pointer-events-none absolute top-0 left-0"
                // Sized before it has a backing store, so it never overflows a short grid.
                style={{ width: layout.gridWidth, height: layout.height }}
              />
            </div>
          </div>
        </div>
      )}
      <p
        role="status"
        aria-label="Focused cell"
        className="sr-only"
        data-x={Math.round(focusRect.x + focusRect.w / 2)}
        data-y={Math.round(focusRect.y + focusRect.h / 2)}
      >
        {focused ? focusText : ''}
      </p>
      <HeatmapTooltip
        description={description}
        left={tip ? layout.labelWidth + tip.x - scrollLeft + tip.w + 8 : 0}
        top={tip ? tip.y + layout.rowHeight : 0}
        width={width}
      />
    </div>
  )
}
