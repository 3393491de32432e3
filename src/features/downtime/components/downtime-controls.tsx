import { useId, type ReactNode } from 'react'
import { setSearchParams } from '../../../components/url-state'
import type { DowntimeParams } from '../model/downtime-params'
import type { PeriodBucket } from '../model/period-buckets'

const selectClass =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800'
const labelText = 'text-xs font-medium text-slate-500 dark:text-slate-400'

interface DowntimeControlsProps {
  params: DowntimeParams
  vendors: readonly { id: string; name: string }[]
  buckets: readonly PeriodBucket[]
}

/** A labelled select whose accessible name is the label alone (not the label plus its options). */
function SelectField(props: {
  label: string
  value: string
  onChange: (value: string) => void
  children: ReactNode
}) {
  const id = useId()
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={labelText}>
        {props.label}
      </label>
      <select
        id={id}
        className={selectClass}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.children}
      </select>
    </div>
  )
}

const MODES = [
  { id: 'vendor', label: 'One vendor over time' },
  { id: 'fleet', label: 'All vendors, one period' },
] as const

/** The view's own controls; everything lives in the URL so a link reproduces the chart. */
export function DowntimeControls({ params, vendors, buckets }: DowntimeControlsProps) {
  return (
    <div className="mb-4 flex flex-wrap items-end gap-x-5 gap-y-3 text-sm">
      <fieldset className="flex flex-col gap-1">
        <legend className={labelText}>Compare</legend>
        <div className="flex flex-wrap gap-3 pt-1">
          {MODES.map((mode) => (
            <label key={mode.id} className="flex items-center gap-1.5">
              <input
                type="radio"
                name="downtime-mode"
                value={mode.id}
                checked={params.mode === mode.id}
                onChange={() =>
                  setSearchParams({ downtime: mode.id === 'vendor' ? null : mode.id })
                }
              />
              {mode.label}
            </label>
          ))}
        </div>
      </fieldset>
      <SelectField
        label="Bars per"
        value={params.bucket}
        onChange={(bucket) => setSearchParams({ bucket, slice: null })}
      >
        <option value="month">Month</option>
        <option value="week">Week</option>
      </SelectField>
      {params.mode === 'vendor' ? (
        <SelectField
          label="Vendor"
          value={params.vendorId ?? ''}
          onChange={(vendor) => setSearchParams({ vendor })}
        >
          {vendors.map((vendor) => (
            <option key={vendor.id} value={vendor.id}>
              {vendor.name}
            </option>
          ))}
        </SelectField>
      ) : (
        <SelectField
          label="Period shown"
          value={params.slice ?? ''}
          onChange={(slice) => setSearchParams({ slice })}
        >
          <option value="">Whole period</option>
          {buckets.map((bucket) => (
            <option key={bucket.label} value={bucket.label}>
              {params.bucket === 'week' ? `Week from ${bucket.label}` : bucket.label}
            </option>
          ))}
        </SelectField>
      )}
    </div>
  )
}
