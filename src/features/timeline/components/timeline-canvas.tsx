import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { prepareCanvas, useChartInk } from '../../../components/ui/chart-canvas'
import type { TimeRange } from '../../../core/stats/index'
import { drawTimeline } from './draw-timeline'
import { planBars } from '../model/bar-plan'
import type { TimelineBar } from '../model/timeline-bars'
import type { TimelineLane } from '../model/timeline-lanes'
import { BAR_INSET, hitTest, xOf, type TimelineLayout } from '../model/timeline-layout'
import { panWindow, zoomWindow } from '../model/view-window'
import { TimelineTooltip, type TimelineHover } from './timeline-tooltip'
import { useTimelinePointer } from '../hooks/use-timeline-pointer'

interface TimelineCanvasProps {
  lanes: readonly TimelineLane[]
  layout: TimelineLayout
  visible: TimeRange
  bounds: TimeRange
  now: number
  label: string
  vendorName: (vendorId: string) => string
  setVisible: (visible: TimeRange) => void
  onOpen: (bar: TimelineBar) => void
}

/** The chart itself: one canvas for lanes and bars, one overlay for the hovered bar, one tooltip. */
export function TimelineCanvas(props: TimelineCanvasProps) {
  const { lanes, layout, visible, bounds, now, setVisible } = props
  const base = useRef<HTMLCanvasElement>(null)
  const overlay = useRef<HTMLCanvasElement>(null)
  const ink = useChartInk()
  const [hover, setHover] = useState<TimelineHover | null>(null)

  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const context = base.current && prepareCanvas(base.current, layout.width, layout.height)
      if (context)
        drawTimeline(context, lanes, layout, visible, now, planBars(lanes, layout, visible), ink)
    })
    return () => cancelAnimationFrame(frame)
  }, [lanes, layout, visible, now, ink])

  useEffect(() => {
    const context = overlay.current && prepareCanvas(overlay.current, layout.width, layout.height)
    if (!context || !hover) return
    const { lane } = hover
    const x0 = Math.max(layout.labelWidth, xOf(hover.bar.start, visible, layout))
    const x1 = Math.min(
      layout.labelWidth + layout.plotWidth,
      xOf(hover.bar.end ?? now, visible, layout),
    )
    context.strokeStyle = ink.text
    context.lineWidth = 2
    const y = lane * layout.laneHeight + BAR_INSET - 2
    context.strokeRect(x0 - 1.5, y, Math.max(2, x1 - x0) + 3, layout.laneHeight - 2 * BAR_INSET + 4)
  }, [hover, lanes, layout, visible, now, ink])

  const find = (x: number, y: number) => {
    const hit = hitTest(lanes, layout, visible, x, y)
    if (!hit) return null
    const laneLabel = lanes[hit.lane]?.label ?? ''
    return {
      bar: hit.bar,
      lane: hit.lane,
      laneEnd: lanes[hit.lane]?.end ?? now,
      laneLabel,
      vendorName: props.vendorName(hit.bar.vendorId),
      x,
      y,
    }
  }
  const pointer = useTimelinePointer({
    canvas: base,
    layout,
    visible,
    bounds,
    setVisible,
    onHover: (x, y) => setHover(find(x, y)),
    onLeave: () => setHover(null),
    onPick: (x, y) => {
      const hit = find(x, y)
      if (hit) props.onOpen(hit.bar)
    },
  })

  const onKeyDown = (event: KeyboardEvent) => {
    const span = visible.end - visible.start
    const moves: Record<string, () => TimeRange> = {
      ArrowLeft: () => panWindow(visible, -span * 0.2, bounds),
      ArrowRight: () => panWindow(visible, span * 0.2, bounds),
      '+': () => zoomWindow(visible, 0.5, 0.5, bounds),
      '=': () => zoomWindow(visible, 0.5, 0.5, bounds),
      '-': () => zoomWindow(visible, 2, 0.5, bounds),
      Home: () => bounds,
      '0': () => bounds,
    }
    const move = moves[event.key]
    if (!move) return
    event.preventDefault()
    setVisible(move())
  }

  return (
    <div className="relative" style={{ height: layout.height }}>
      <canvas
        ref={base}
        tabIndex={0}
        role="img"
        aria-label={props.label}
        aria-keyshortcuts="ArrowLeft ArrowRight + - Home"
        className="block cursor-grab touch-pan-y rounded focus-visible:outline-2 focus-visible:outline-teal-600 active:cursor-grabbing"
        onKeyDown={onKeyDown}
        {...pointer}
      />
      <canvas
        ref={overlay}
        aria-hidden="true"
        className="pointer-events-none absolute top-0 left-0"
      />
      <TimelineTooltip hover={hover} now={now} width={layout.width} />
    </div>
  )
}
