import { SETTINGS_LIMITS } from '../../workspace/settings/settings-schema'
import { HINT_CLASS, INPUT_CLASS, LABEL_CLASS } from './form-styles'

interface SlaTargetFieldProps {
  id: string
  value: string
  error: string | null
  onChange: (value: string) => void
}

export function SlaTargetField({ id, value, error, onChange }: SlaTargetFieldProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={LABEL_CLASS}>
        SLA target (%)
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={SETTINGS_LIMITS.slaTargetMin}
        max={SETTINGS_LIMITS.slaTargetMax}
        step="any"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint`}
        className={`${INPUT_CLASS} max-w-32`}
      />
      <p
        id={`${id}-hint`}
        className={error ? 'text-xs text-red-700 dark:text-red-300' : HINT_CLASS}
      >
        {error ?? 'Uptime the vendor promises, e.g. 99.9.'}
      </p>
    </div>
  )
}
