import { useEffect, useRef, useState, type ReactNode } from 'react'
import { Button } from '../../../components/ui/button'
import { useMediaQuery } from '../../../components/hooks/use-media-query'

interface DetailPanelProps {
  title: string
  /** Changes when another incident opens, so focus moves to the new heading. */
  focusKey: string
  onClose: () => void
  children: ReactNode
}

/**
 * A modal drawer: a side panel below the app header on wide screens (so Copy link and the theme
 * stay in reach by pointer), a full-screen sheet on narrow ones. Focus moves to its heading when it
 * opens, stays inside while it is open, and goes back where it was when it closes; Escape or a click
 * on the backdrop closes it.
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

  // Focus that lands outside (Shift+Tab, a click behind) comes back to the top; the app header is
  // left usable by pointer on wide screens, where the drawer sits below it.
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const target = event.target
      if (!(target instanceof Element) || panelRef.current?.contains(target)) return
      if (!sheet && target.closest('header')) return
      headingRef.current?.focus()
    }
    document.addEventListener('focusin', onFocus)
    return () => document.removeEventListener('focusin', onFocus)
  }, [sheet])

  // Where the app header ends when the drawer opens (0 once it has scrolled away).
  const [headerBottom] = useState(() =>
    Math.max(0, document.querySelector('body header')?.getBoundingClientRect().bottom ?? 0),
  )
  const top = sheet ? 0 : headerBottom

  return (
    <>
      <div
        aria-hidden="true"
        className="fixed inset-x-0 bottom-0 z-30 bg-slate-900/30 dark:bg-black/50"
        style={{ top }}
        onClick={onClose}
      />
      <div
        ref={panelRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby="incident-detail-title"
        style={sheet ? undefined : { top }}
        className="fixed inset-0 z-40 flex flex-col bg-white shadow-2xl md:bottom-0 md:right-0 md:left-auto md:w-[34rem] md:border-l md:border-slate-200 dark:bg-slate-900 md:dark:border-slate-700"
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
        {/* Tab past the last control wraps to the top instead of leaving the dialog. */}
        <span tabIndex={0} aria-hidden="true" onFocus={() => headingRef.current?.focus()} />
      </div>
    </>
  )
}
