import { useEffect, useRef, type PointerEvent as ReactPointerEvent, type RefObject } from 'react'
import type { TimeRange } from '../../../core/stats/index'
import { timeAt, type TimelineLayout } from '../model/timeline-layout'
import { panWindow, zoomWindow } from '../model/view-window'

interface PointerOptions {
  canvas: RefObject<HTMLCanvasElement | null>
  layout: TimelineLayout
  visible: TimeRange
  bounds: TimeRange
  setVisible: (visible: TimeRange) => void
  onHover: (x: number, y: number) => void
  onLeave: () => void
  onPick: (x: number, y: number) => void
}

const point = (event: { clientX: number; clientY: number }, canvas: HTMLCanvasElement) => {
  const box = canvas.getBoundingClientRect()
  return { x: event.clientX - box.left, y: event.clientY - box.top }
}

/** Drag pans, Ctrl/⌘ + wheel (or a pinch) zooms at the pointer, Shift + wheel pans, a click picks. */
export function useTimelinePointer(options: PointerOptions) {
  const latest = useRef(options)
  const drag = useRef<{ x: number; visible: TimeRange; moved: boolean } | null>(null)
  useEffect(() => {
    latest.current = options
  })
  useEffect(() => {
    const canvas = options.canvas.current
    if (!canvas) return
    const onWheel = (event: WheelEvent) => {
      const { layout, visible, bounds, setVisible } = latest.current
      const { x } = point(event, canvas)
      const span = visible.end - visible.start
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault()
        const anchor = Math.min(1, Math.max(0, (timeAt(x, visible, layout) - visible.start) / span))
        setVisible(zoomWindow(visible, Math.exp(event.deltaY * 0.01), anchor, bounds))
      } else if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        event.preventDefault()
        const delta = event.shiftKey ? event.deltaY : event.deltaX
        setVisible(panWindow(visible, (delta / layout.plotWidth) * span, bounds))
      }
    }
    canvas.addEventListener('wheel', onWheel, { passive: false })
    return () => canvas.removeEventListener('wheel', onWheel)
  }, [options.canvas])

  return {
    onPointerDown(event: ReactPointerEvent<HTMLCanvasElement>) {
      if (event.button !== 0) return
      drag.current = { x: event.clientX, visible: latest.current.visible, moved: false }
    },
    onPointerMove(event: ReactPointerEvent<HTMLCanvasElement>) {
      const { layout, bounds, setVisible, onHover } = latest.current
      const current = drag.current
      if (current && (current.moved || Math.abs(event.clientX - current.x) > 4)) {
        if (!current.moved) event.currentTarget.setPointerCapture(event.pointerId)
        current.moved = true
        const span = current.visible.end - current.visible.start
        const delta = ((current.x - event.clientX) / layout.plotWidth) * span
        setVisible(panWindow(current.visible, delta, bounds))
        return
      }
      const { x, y } = point(event, event.currentTarget)
      onHover(x, y)
    },
    onPointerUp(event: ReactPointerEvent<HTMLCanvasElement>) {
      const current = drag.current
      drag.current = null
      if (current && !current.moved) {
        const { x, y } = point(event, event.currentTarget)
        latest.current.onPick(x, y)
      }
    },
    onPointerLeave() {
      if (!drag.current?.moved) latest.current.onLeave()
    },
  }
}
