import type { ReactNode } from 'react'

export const controlClass =
  'w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm md:w-auto dark:border-slate-600 dark:bg-slate-800'

/** A labelled control of the analysis settings: the label small above its field. */
export function ControlField({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <label className="flex flex-col gap-1">
      <span className="text-xs font-medium text-slate-600 dark:text-slate-300">{label}</span>
      {children}
    </label>
  )
}

interface ControlSelectProps<T extends string | number> {
  label: ReactNode
  value: T
  /** Each choice as [value, label], in the order shown. */
  choices: readonly (readonly [T, string])[]
  onChange: (value: string) => void
}

/** One settings choice as a labelled <select>. */
export function ControlSelect<T extends string | number>(props: ControlSelectProps<T>) {
  return (
    <ControlField label={props.label}>
      <select
        className={controlClass}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.choices.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </ControlField>
  )
}
