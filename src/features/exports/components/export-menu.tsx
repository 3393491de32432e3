import { useEffect, useId, useRef, useState } from 'react'
import { Button } from '../../../components/ui/button'
import type { Analysis } from '../../workspace/hooks/use-analysis'
import type { VendorView } from '../../workspace/hooks/use-vendor-views'
import { isVendorLoading } from '../../workspace/model/vendor-loading'
import { downloadFile } from '../../../components/download-file'
import { buildExportFile, type ExportKind } from '../model/export-files'
import { reportFromViews } from '../../workspace/model/report-input'

const ITEMS: { kind: ExportKind; label: string; description: string }[] = [
  { kind: 'incidents', label: 'Incidents (CSV)', description: 'One row per incident' },
  { kind: 'updates', label: 'Updates (CSV)', description: 'One row per published update' },
  { kind: 'sla', label: 'SLA table (CSV)', description: 'Per vendor: period, quarters, months' },
  { kind: 'json', label: 'Report (JSON)', description: "The headless report's shape" },
]

// The shared Button takes no ref, so focus goes back to the menu's first button, its trigger.
const focusTrigger = (root: HTMLElement | null) => root?.querySelector('button')?.focus()

export interface ExportMenuProps {
  views: VendorView[]
  analysis: Analysis
  /** Which edge of the button the list lines up with; `auto` picks the side with room. */
  align?: 'start' | 'end' | 'auto'
}

const PANEL_WIDTH = 288

/** Data exports of the given vendors over the analysis period, under the current method. */
export function ExportMenu({ views, analysis, align = 'auto' }: ExportMenuProps) {
  const [open, setOpen] = useState(false)
  const [side, setSide] = useState<'start' | 'end'>('end')
  const [saved, setSaved] = useState('')
  const root = useRef<HTMLDivElement>(null)
  const id = useId()
  // Stored history read and no first load still under way: exports never catch half a workspace.
  const ready = !views.some(isVendorLoading)

  useEffect(() => {
    if (!open) return
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpen(false)
      focusTrigger(root.current)
    }
    document.addEventListener('pointerdown', onPointer)
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('pointerdown', onPointer)
      document.removeEventListener('keydown', onKey)
    }
  }, [open])

  const save = (kind: ExportKind) => {
    setOpen(false)
    setSaved(`Preparing ${ITEMS.find((item) => item.kind === kind)?.label ?? kind}…`)
    focusTrigger(root.current)
    // Built on click, never per render, and after a frame, so the status shows before a large
    // workspace (40 vendors × 10,000 incidents) keeps the page busy for a few seconds.
    setTimeout(() => {
      const report = reportFromViews(views, analysis, new Date().toISOString())
      const file = buildExportFile(kind, report)
      downloadFile(file)
      setSaved(`Saved ${file.filename}`)
    }, 16)
  }

  const vendors = `${views.length} vendor${views.length === 1 ? '' : 's'}`
  return (
    <div ref={root} className="relative inline-block print:hidden">
      <Button
        aria-expanded={open}
        aria-controls={`${id}-list`}
        onClick={() => {
          const right = root.current?.getBoundingClientRect().right ?? PANEL_WIDTH
          setSide(align === 'auto' ? (right < PANEL_WIDTH + 8 ? 'start' : 'end') : align)
          setOpen((value) => !value)
        }}
      >
        Export data
        <span aria-hidden="true">▾</span>
      </Button>
      <p role="status" className="sr-only">
        {saved}
      </p>
      {open && (
        <div
          id={`${id}-list`}
          className={`absolute top-full z-30 mt-1 w-72 max-w-[calc(100vw-2rem)] rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900 ${side === 'end' ? 'right-0' : 'left-0'}`}
        >
          <ul className="space-y-0.5">
            {ITEMS.map((item) => (
              <li key={item.kind}>
                <button
                  type="button"
                  disabled={!ready || views.length === 0}
                  aria-describedby={`${id}-${item.kind}`}
                  onClick={() => save(item.kind)}
                  className="flex w-full flex-col items-start rounded px-2.5 py-1.5 text-left text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-600 disabled:cursor-not-allowed disabled:opacity-50 dark:hover:bg-slate-800"
                >
                  <span className="font-medium">{item.label}</span>
                  <span
                    id={`${id}-${item.kind}`}
                    className="text-xs text-slate-500 dark:text-slate-400"
                  >
                    {item.description}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <p className="border-t border-slate-200 px-2.5 pt-1.5 pb-1 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-300">
            {ready
              ? `${analysis.period.label} · ${vendors} · ${analysis.base.method.name} method`
              : 'Loading stored history…'}
            <br />
            CSV is UTF-8 with a byte order mark; times are ISO 8601 UTC.
          </p>
        </div>
      )}
    </div>
  )
}
