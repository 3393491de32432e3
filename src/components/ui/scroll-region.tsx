import { useLayoutEffect, useRef, type ReactNode } from 'react'

interface ScrollRegionProps {
  /** What the region holds, for screen readers ("SLA table, scrolls sideways"). */
  label: string
  className: string
  /** Open scrolled to the far end (the most recent columns). */
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
  useLayoutEffect(() => {
    const box = ref.current
    if (startAtEnd && box) box.scrollLeft = box.scrollWidth
  }, [startAtEnd])
  return (
    <div
      ref={ref}
      role="region"
      aria-label={label}
      tabIndex={0}
      className={`${className} focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600`}
    >
      {children}
    </div>
  )
}
