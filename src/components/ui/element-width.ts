import { useLayoutEffect, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'

// The width each kind of chart last had: reopened, it renders at that width at once, instead of an
// empty first render and a layout forced in the commit to measure it.
const lastWidths = new Map<string, number>()

/**
 * The element's content width in CSS pixels, kept current with a ResizeObserver. Known before the
 * first paint: measured in a layout effect the first time a `kind` shows, else its last width, which
 * the observer's first report (after layout, before paint) confirms or corrects in the same frame.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, kind: string): number {
  const [width, setWidth] = useState(() => lastWidths.get(kind) ?? 0)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => {
      const measured = element.clientWidth
      if (measured > 0) lastWidths.set(kind, measured)
      return measured
    }
    if (!lastWidths.has(kind)) setWidth(measure())
    const observer = new ResizeObserver(() => {
      const measured = measure()
      // Rendered before this frame paints, so a corrected width never shows one frame late.
      flushSync(() => setWidth(measured))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, kind])
  return width
}
