import type { ReactElement } from 'react'
import { createRoot } from 'react-dom/client'
import { EXPORT_CHART_TEXT, EXPORT_FONT } from './chart-export-ink'

// Presentation properties recharts sets through classes or currentColor, copied onto attributes.
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
] as const

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/** A copy of a live <svg> whose computed styles are attributes, so it renders the same anywhere. */
function inlineSvg(live: SVGSVGElement): SVGSVGElement {
  const copy = live.cloneNode(true) as SVGSVGElement
  const sources = [live, ...live.querySelectorAll('*')]
  const targets = [copy, ...copy.querySelectorAll('*')]
  sources.forEach((source, index) => {
    const target = targets[index]
    if (!target) return
    const style = getComputedStyle(source)
    for (const property of INLINED) {
      const value = style.getPropertyValue(property)
      if (value) target.setAttribute(property, value)
    }
    if (source instanceof SVGTextElement || source instanceof SVGTSpanElement)
      target.setAttribute('font-family', EXPORT_FONT)
    target.removeAttribute('class')
    target.removeAttribute('style')
  })
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  copy.setAttribute('font-family', EXPORT_FONT)
  return copy
}

/**
 * Renders a chart component once, off screen, at the export size and in light colours, and returns
 * its <svg> with styles inlined. Waits until the element count holds still (recharts fills its
 * bars in after the first paint).
 */
export async function renderSvgOffscreen(
  element: ReactElement,
  width: number,
): Promise<SVGSVGElement> {
  const host = document.createElement('div')
  host.setAttribute('aria-hidden', 'true')
  Object.assign(host.style, {
    position: 'fixed',
    left: '-30000px',
    top: '0',
    width: `${Math.round(width)}px`,
    color: EXPORT_CHART_TEXT,
    background: '#ffffff',
    pointerEvents: 'none',
  })
  document.body.append(host)
  const root = createRoot(host)
  try {
    root.render(element)
    let last = -1
    let still = 0
    for (let frame = 0; frame < 240; frame += 1) {
      await nextFrame()
      const svg = host.querySelector<SVGSVGElement>('svg.recharts-surface')
      const count = svg ? svg.querySelectorAll('*').length : -1
      still = count > 0 && count === last ? still + 1 : 0
      last = count
      if (svg && still >= 3) return inlineSvg(svg)
    }
    throw new Error('The chart did not finish drawing for the export.')
  } finally {
    root.unmount()
    host.remove()
  }
}

function svgDataUrl(svg: SVGSVGElement): string {
  const text = new XMLSerializer().serializeToString(svg)
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`
}

/** Paints an <svg> onto a canvas through an image of its data: URL (allowed by img-src data:). */
export async function drawSvg(
  context: CanvasRenderingContext2D,
  svg: SVGSVGElement,
  x: number,
  y: number,
  width: number,
  height: number,
): Promise<void> {
  const image = new Image()
  image.decoding = 'sync'
  image.src = svgDataUrl(svg)
  await image.decode()
  context.drawImage(image, x, y, width, height)
}
