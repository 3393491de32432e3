import { Button } from '../../../components/ui/button'
import type { VendorView } from '../../workspace/hooks/use-vendor-views'

interface ReportToolbarProps {
  views: readonly VendorView[]
  selected: readonly string[]
  onToggle: (id: string) => void
  onAll: () => void
  /** Why printing must wait, or null when the document is complete. */
  status: string | null
}

/** Vendor choice and the print button; hidden when printing (report-print.css). */
export function ReportToolbar({ views, selected, onToggle, onAll, status }: ReportToolbarProps) {
  const all = selected.length === views.length
  return (
    <div className="mb-4 space-y-3 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
      <fieldset>
        <legend className="text-sm font-medium">Vendors in the report</legend>
        <div className="mt-1.5 flex flex-wrap gap-x-4 gap-y-1.5">
          {views.map((view) => {
            const checked = selected.includes(view.config.id)
            return (
              <label key={view.config.id} className="flex items-center gap-1.5 text-sm">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={checked && selected.length === 1}
                  onChange={() => onToggle(view.config.id)}
                  className="h-4 w-4 accent-teal-700"
                />
                {view.config.name}
              </label>
            )
          })}
          {!all && (
            <Button size="sm" variant="ghost" onClick={onAll}>
              Select all
            </Button>
          )}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="primary" disabled={status !== null} onClick={() => window.print()}>
          Print / Save as PDF
        </Button>
        <p role="status" className="text-xs text-slate-600 dark:text-slate-300">
          {status ??
            'Each vendor starts on a new page. Choose “Save as PDF” as the printer for a file.'}
        </p>
      </div>
    </div>
  )
}
