import { FIELD_CLASS, FIELD_LABEL_CLASS } from './field-styles'

export interface SelectOption {
  value: string
  label: string
}

interface SelectFieldProps {
  label: string
  value: string
  options: readonly SelectOption[]
  onChange: (value: string) => void
}

/** A labelled select; the empty value means "no filter". */
export function SelectField({ label, value, options, onChange }: SelectFieldProps) {
  return (
    <label className="flex min-w-0 flex-col gap-1">
      <span className={FIELD_LABEL_CLASS}>{label}</span>
      <select className={FIELD_CLASS} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}
