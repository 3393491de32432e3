import { useId } from 'react'
import type { VendorView } from '../hooks/use-vendor-views'

export const ALL_VENDORS = 'all'

/** The vendor picker behind the `vendor` URL param; "all" puts every vendor on one axis. */
export function VendorSelect({
  views,
  value,
  onChange,
  allLabel,
}: {
  views: readonly VendorView[]
  value: string
  onChange: (vendorId: string) => void
  /** How the "all vendors" choice reads in this chart, e.g. "All vendors (one row each)". */
  allLabel: string
}) {
  const id = useId()
  const sorted = [...views].sort((a, b) => a.config.name.localeCompare(b.config.name))
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id} className="text-xs font-medium text-slate-500 dark:text-slate-400">
        Vendor
      </label>
      <select
        id={id}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value={ALL_VENDORS}>{allLabel}</option>
        {sorted.map((view) => (
          <option key={view.config.id} value={view.config.id}>
            {view.config.name}
          </option>
        ))}
      </select>
    </div>
  )
}
