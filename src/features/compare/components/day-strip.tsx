import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { describeDay, summarizeDays } from '../../workspace/days/day-readout'
import { DAY_COLORS } from '../../workspace/days/day-colors'
import { DAY_NO_DATA, type VendorDays } from '../../workspace/days/vendor-days'

const HEIGHT = 18

function draw(canvas: HTMLCanvasElement, days: VendorDays, width: number) {
  const ratio = window.devicePixelRatio || 1
  canvas.width = Math.round(width * ratio)
  canvas.height = HEIGHT * ratio
  const context = canvas.getContext('2d')
  if (!context) return
  context.scale(ratio, ratio)
  context.clearRect(0, 0, width, HEIGHT)
  const cell = width / Math.max(1, days.codes.length)
  const noData = getComputedStyle(canvas).color
  days.codes.forEach((code, index) => {
    const x = index * cell
    context.globalAlpha = code === DAY_NO_DATA ? 0.18 : 1
    context.fillStyle = code === DAY_NO_DATA ? noData : (DAY_COLORS[code] ?? noData)
    // A hairline gap between days once cells are wide enough to show one.
    context.fillRect(x, 0, cell > 3 ? cell - 1 : cell + 0.5, HEIGHT)
  })
}

/** One vendor's days as a canvas strip (one element, whatever the day count) with one readout. */
export function DayStrip({ days, name }: { days: VendorDays; name: string }) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const [active, setActive] = useState<number | null>(null)
  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const observer = new ResizeObserver(([entry]) =>
      draw(canvas, days, entry?.contentRect.width ?? 0),
    )
    observer.observe(canvas)
    return () => observer.disconnect()
  }, [days])
  const dayAt = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect()
    const index = Math.floor(((event.clientX - box.left) / box.width) * days.codes.length)
    return Math.min(days.codes.length - 1, Math.max(0, index))
  }
  const onKey = (event: KeyboardEvent<HTMLCanvasElement>) => {
    const step = { ArrowLeft: -1, ArrowRight: 1, PageUp: -7, PageDown: 7 }[event.key]
    if (step === undefined) return
    event.preventDefault()
    const last = days.codes.length - 1
    setActive((index) => Math.min(last, Math.max(0, (index ?? (step > 0 ? -1 : last + 1)) + step)))
  }
  return (
    <div>
      <canvas
        ref={canvasRef}
        tabIndex={0}
        role="img"
        aria-label={`${name}, one cell per day: ${summarizeDays(days)}. Use the arrow keys to read a day.`}
        className="block h-[18px] w-full cursor-crosshair rounded-sm text-slate-500 focus-visible:outline-2 focus-visible:outline-teal-600 dark:text-slate-400"
        onPointerMove={(event) => setActive(dayAt(event))}
        onPointerLeave={() => setActive(null)}
        onKeyDown={onKey}
        onBlur={() => setActive(null)}
      />
      <p aria-live="polite" className="mt-1 min-h-4 text-[11px] text-slate-600 dark:text-slate-400">
        {active === null
          ? `${days.days[0] ?? ''} → ${days.days.at(-1) ?? ''}; hover or focus for a day`
          : describeDay(days, active)}
      </p>
    </div>
  )
}
