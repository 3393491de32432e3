import { setSearchParams } from '../../../components/url-state'
import { MAX_COMPARED, toggleCompared } from '../model/compare-selection'

interface VendorChecklistProps {
  vendors: readonly { id: string; name: string }[]
  selected: readonly string[]
}

/** Checkboxes for the compared vendors; the choice lives in the URL (`compare=id,id`). */
export function VendorChecklist({ vendors, selected }: VendorChecklistProps) {
  const ids = vendors.map((vendor) => vendor.id)
  const full = selected.length >= MAX_COMPARED
  return (
    <fieldset className="mb-4">
      <legend className="mb-1 text-xs font-medium text-slate-500 dark:text-slate-400">
        Vendors to compare (up to {MAX_COMPARED})
      </legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1.5 text-sm">
        {vendors.map((vendor) => {
          const checked = selected.includes(vendor.id)
          return (
            <label key={vendor.id} className="flex items-center gap-1.5">
              <input
                type="checkbox"
                checked={checked}
                disabled={(checked && selected.length === 1) || (!checked && full)}
                onChange={() =>
                  setSearchParams({ compare: toggleCompared(selected, vendor.id, ids).join(',') })
                }
              />
              {vendor.name}
            </label>
          )
        })}
      </div>
    </fieldset>
  )
}
