import { useEffect, useRef, type ReactNode } from 'react'
import { Button } from '../../../components/ui/button'
import { useMediaQuery } from '../hooks/use-media-query'

interface DetailPanelProps {
  title: string
  /** Changes when another incident opens, so focus moves to the new heading. */
  focusKey: string
  onClose: () => void
  children: ReactNode
}

/**
 * A side panel on wide screens, a full-screen sheet on narrow ones (modal there). Focus moves to its
 * heading when it opens and goes back where it was when it closes; Escape closes it.
 */
export function DetailPanel({ title, focusKey, onClose, children }: DetailPanelProps) {
  const panelRef = useRef<HTMLDivElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const closeRef = useRef(onClose)
  const sheet = useMediaQuery('(max-width: 767px)')
  useEffect(() => {
    closeRef.current = onClose
  })

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      // Escape in a field outside the panel belongs to that field (it clears a search box).
      const target = event.target as Node | null
      const inField = target instanceof HTMLInputElement || target instanceof HTMLSelectElement
      if (inField && !panelRef.current?.contains(target)) return
      closeRef.current()
    }
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('keydown', onKey)
      if (opener?.isConnected) opener.focus()
    }
  }, [])

  useEffect(() => {
    headingRef.current?.focus()
  }, [focusKey])

  // While the sheet covers the screen, focus that lands outside it (Shift+Tab) comes back to the top.
  useEffect(() => {
    if (!sheet) return
    const onFocus = (event: FocusEvent) => {
      if (event.target instanceof Node && !panelRef.current?.contains(event.target)) {
        headingRef.current?.focus()
      }
    }
    document.addEventListener('focusin', onFocus)
    return () => document.removeEventListener('focusin', onFocus)
  }, [sheet])

  return (
    <div
      ref={panelRef}
      role="dialog"
      aria-modal={sheet}
      aria-labelledby="incident-detail-title"
      className="fixed inset-0 z-40 flex flex-col bg-white shadow-2xl md:inset-y-0 md:right-0 md:left-auto md:w-[34rem] md:border-l md:border-slate-200 dark:bg-slate-900 md:dark:border-slate-700"
    >
      <div className="flex items-start gap-3 border-b border-slate-200 px-4 py-3 dark:border-slate-700">
        <h2
          id="incident-detail-title"
          ref={headingRef}
          tabIndex={-1}
          className="min-w-0 flex-1 text-lg leading-snug font-semibold break-words focus:outline-none"
        >
          {title}
        </h2>
        <Button size="sm" onClick={onClose}>
          Close
        </Button>
      </div>
      <div className="flex-1 space-y-5 overflow-y-auto px-4 py-4">{children}</div>
      {sheet && (
        // Tab past the last control would leave the page for the browser's own UI; this wraps it.
        <span tabIndex={0} aria-hidden="true" onFocus={() => headingRef.current?.focus()} />
      )}
    </div>
  )
}
