interface TickProps {
  x?: number
  y?: number
  payload?: { value?: string | number }
  /** Filled in by our axes: which side of the chart the tick sits on. */
  side: 'bottom' | 'left'
  format?: (value: number) => string
}

/**
 * A plain SVG label. recharts' default tick wraps text, which measures every word in the DOM; on a
 * long axis that forced ~80 ms of layouts per render.
 */
export function DowntimeAxisTick({ x = 0, y = 0, payload, side, format }: TickProps) {
  const raw = payload?.value ?? ''
  const text = format && typeof raw === 'number' ? format(raw) : String(raw)
  return side === 'bottom' ? (
    <text x={x} y={y} dy={12} textAnchor="middle" fill="currentColor" fontSize={11}>
      {text}
    </text>
  ) : (
    <text x={x} y={y} dx={-4} dy={4} textAnchor="end" fill="currentColor" fontSize={11}>
      {text}
    </text>
  )
}
