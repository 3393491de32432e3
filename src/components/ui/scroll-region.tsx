import { useEffect, useRef, type ReactNode } from 'react'

interface ScrollRegionProps {
  /** What the region holds, for screen readers ("SLA table, scrolls sideways"). */
  label: string
  className: string
  /** Open scrolled to the far end (the most recent columns), and stay there as data arrives. */
  startAtEnd?: boolean
  children: ReactNode
}

/** A scrollable box that keyboard users can focus and scroll (axe: scrollable-region-focusable). */
export function ScrollRegion({
  label,
  className,
  startAtEnd = false,
  children,
}: ScrollRegionProps) {
  const ref = useRef<HTMLDivElement>(null)
  const touched = useRef(false)
  useEffect(() => {
    const box = ref.current
    const content = box?.firstElementChild
    if (!startAtEnd || !box || !content) return
    // Until the reader scrolls, growing content (figures arriving) keeps the latest columns in view.
    const stick = () => {
      if (!touched.current) box.scrollLeft = box.scrollWidth
    }
    stick()
    const observer = new ResizeObserver(stick)
    observer.observe(content)
    return () => observer.disconnect()
  }, [startAtEnd])
  const touch = () => {
    touched.current = true
  }
  return (
    <div
      ref={ref}
      role="region"
      aria-label={label}
      tabIndex={0}
      onPointerDown={touch}
      onWheel={touch}
      onKeyDown={touch}
      onTouchStart={touch}
      className={`${className} focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600`}
    >
      {children}
    </div>
  )
}
