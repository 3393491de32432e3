import { useEffect, useState } from 'react'

/** Colours canvas charts need that Tailwind classes cannot reach. */
export interface ChartInk {
  text: string
  muted: string
  grid: string
  background: string
  noData: string
  noDataLine: string
  focus: string
}

/** The light palette: the light theme, and every export whatever the theme. */
export const LIGHT_INK: ChartInk = {
  text: '#0f172a',
  muted: '#475569',
  grid: '#e2e8f0',
  background: '#ffffff',
  noData: '#e2e8f0',
  noDataLine: '#94a3b8',
  focus: '#0f766e',
}

const DARK: ChartInk = {
  text: '#f1f5f9',
  muted: '#cbd5e1',
  grid: '#334155',
  background: '#0f172a',
  noData: '#1e293b',
  noDataLine: '#64748b',
  focus: '#2dd4bf',
}

const isDark = () => document.documentElement.classList.contains('dark')

/** The ink for the current theme, following the `dark` class on <html>. */
export function useChartInk(): ChartInk {
  const [dark, setDark] = useState(isDark)
  useEffect(() => {
    const observer = new MutationObserver(() => setDark(isDark()))
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] })
    return () => observer.disconnect()
  }, [])
  return dark ? DARK : LIGHT_INK
}

/** Sizes the backing store for the device pixel ratio and returns a context drawing in CSS px. */
export function prepareCanvas(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
): CanvasRenderingContext2D | null {
  const ratio = window.devicePixelRatio || 1
  const [w, h] = [Math.round(width * ratio), Math.round(height * ratio)]
  if (canvas.width !== w) canvas.width = w
  if (canvas.height !== h) canvas.height = h
  canvas.style.width = `${width}px`
  canvas.style.height = `${height}px`
  const context = canvas.getContext('2d')
  context?.setTransform(ratio, 0, 0, ratio, 0, 0)
  context?.clearRect(0, 0, width, height)
  return context
}

/** Diagonal stripes: hatching for maintenance and "no data" (never mistaken for a solid fill). */
export function hatchPattern(
  context: CanvasRenderingContext2D,
  background: string,
  stripe: string,
  size = 6,
): CanvasPattern | string {
  const tile = document.createElement('canvas')
  tile.width = size
  tile.height = size
  const tileContext = tile.getContext('2d')
  if (!tileContext) return background
  tileContext.fillStyle = background
  tileContext.fillRect(0, 0, size, size)
  tileContext.strokeStyle = stripe
  tileContext.lineWidth = 1.5
  tileContext.beginPath()
  tileContext.moveTo(-1, size + 1)
  tileContext.lineTo(size + 1, -1)
  tileContext.moveTo(-1, 1)
  tileContext.lineTo(1, -1)
  tileContext.moveTo(size - 1, size + 1)
  tileContext.lineTo(size + 1, size - 1)
  tileContext.stroke()
  return context.createPattern(tile, 'repeat') ?? background
}

// Fitted labels by font, width and text: a chart drawn again measures none of its labels again.
const fitted = new Map<string, string>()
const FITTED_LIMIT = 4000

/** Cuts a label to the width with an ellipsis (canvas has no text-overflow). */
export function fitText(context: CanvasRenderingContext2D, text: string, width: number): string {
  const key = `${context.font}\u0000${width}\u0000${text}`
  const known = fitted.get(key)
  if (known !== undefined) return known
  let label = text
  if (context.measureText(text).width > width) {
    let cut = text.length
    while (cut > 1 && context.measureText(`${text.slice(0, cut)}…`).width > width) cut -= 1
    label = `${text.slice(0, cut)}…`
  }
  if (fitted.size >= FITTED_LIMIT) fitted.clear()
  fitted.set(key, label)
  return label
}
