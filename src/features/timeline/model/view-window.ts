import type { TimeRange } from '../../../core/stats/index'

/** The narrowest window zooming allows: an hour shows a 10-minute incident clearly. */
export const MIN_SPAN_MS = 60 * 60 * 1000

function clampSpan(span: number, bounds: TimeRange): number {
  return Math.min(
    Math.max(span, Math.min(MIN_SPAN_MS, bounds.end - bounds.start)),
    bounds.end - bounds.start,
  )
}

/** Moves a window of fixed width so it stays inside the bounds. */
function clampWindow(visible: TimeRange, bounds: TimeRange): TimeRange {
  const span = clampSpan(visible.end - visible.start, bounds)
  const start = Math.min(Math.max(visible.start, bounds.start), bounds.end - span)
  return { start, end: start + span }
}

/** Zooms by `factor` (< 1 zooms in) keeping the instant at `anchor` (0–1 across) in place. */
export function zoomWindow(
  visible: TimeRange,
  factor: number,
  anchor: number,
  bounds: TimeRange,
): TimeRange {
  const span = visible.end - visible.start
  const nextSpan = clampSpan(span * factor, bounds)
  const pivot = visible.start + span * anchor
  return clampWindow(
    { start: pivot - nextSpan * anchor, end: pivot + nextSpan * (1 - anchor) },
    bounds,
  )
}

/** Shifts the window by `deltaMs` (negative: earlier), stopping at the bounds. */
export function panWindow(visible: TimeRange, deltaMs: number, bounds: TimeRange): TimeRange {
  return clampWindow({ start: visible.start + deltaMs, end: visible.end + deltaMs }, bounds)
}
