import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { Button } from './button'
import { canCopyImage, copyPng, savePng, saveSvg } from './chart-export-actions'
import { EXPORT_SIZES } from './chart-export-model'
import type { ChartExportSource } from './chart-export-source'

interface MenuItem {
  label: string
  run: (source: ChartExportSource) => Promise<string>
  disabledReason?: string
}

function menuItems(svg: boolean): MenuItem[] {
  const items: MenuItem[] = [
    { label: EXPORT_SIZES.slides.label, run: async (s) => `Saved ${await savePng(s, 'slides')}` },
    {
      label: EXPORT_SIZES.document.label,
      run: async (s) => `Saved ${await savePng(s, 'document')}`,
    },
  ]
  if (svg) items.push({ label: 'SVG', run: async (s) => `Saved ${await saveSvg(s)}` })
  items.push({
    label: 'Copy image',
    run: async (s) => {
      await copyPng(s)
      return 'Copied the chart (1200 px wide PNG) to the clipboard'
    },
    disabledReason: canCopyImage()
      ? undefined
      : 'This browser does not allow copying images to the clipboard here',
  })
  return items
}

/** "Export" beside a chart's title: PNG for slides or documents, SVG for SVG charts, copy. */
export function ChartExportMenu({
  source,
  chartName,
  svg = false,
}: {
  /** Built when an item is chosen, so the page pays nothing until then. */
  source: () => ChartExportSource
  chartName: string
  /** The chart is SVG: offer an SVG file too. */
  svg?: boolean
}) {
  const [open, setOpen] = useState(false)
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const box = useRef<HTMLDivElement>(null)
  const menuId = useId()
  const items = menuItems(svg)
  const focusButton = () =>
    box.current?.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]')?.focus()

  useEffect(() => {
    if (!open) return
    box.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus()
    const close = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', close)
    return () => document.removeEventListener('pointerdown', close)
  }, [open])

  const choose = async (item: MenuItem) => {
    if (item.disabledReason || busy) return
    setOpen(false)
    focusButton()
    setBusy(true)
    setStatus('Preparing the image…')
    try {
      setStatus(await item.run(source()))
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      setBusy(false)
    }
  }

  const onKeyDown = (event: KeyboardEvent) => {
    const entries = [...(box.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const at = entries.indexOf(document.activeElement as HTMLElement)
    const move = { ArrowDown: 1, ArrowUp: -1 }[event.key]
    if (event.key === 'Escape') {
      event.preventDefault()
      setOpen(false)
      focusButton()
    } else if (move !== undefined && entries.length > 0) {
      event.preventDefault()
      entries[(at + move + entries.length) % entries.length]?.focus()
    }
  }

  return (
    <div ref={box} className="relative inline-flex items-center gap-2" onKeyDown={onKeyDown}>
      <Button
        size="sm"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Export ${chartName}`}
        disabled={busy}
        onClick={() => setOpen((value) => !value)}
      >
        Export <span aria-hidden="true">▾</span>
      </Button>
      {open && (
        <ul
          id={menuId}
          role="menu"
          aria-label={`Export ${chartName}`}
          className="absolute top-full right-0 z-20 mt-1 w-64 rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-800"
        >
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                aria-disabled={item.disabledReason ? true : undefined}
                title={item.disabledReason}
                className="block w-full px-3 py-1.5 text-left hover:bg-slate-100 focus-visible:bg-slate-100 focus-visible:outline-none aria-disabled:cursor-not-allowed aria-disabled:opacity-50 dark:hover:bg-slate-700 dark:focus-visible:bg-slate-700"
                onClick={() => void choose(item)}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      <span role="status" className="text-xs text-slate-600 dark:text-slate-300">
        {status}
      </span>
    </div>
  )
}
