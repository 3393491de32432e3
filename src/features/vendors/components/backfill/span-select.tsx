import { BACKFILL_SPANS } from '../../../../core/backfill/plan'
import { INPUT_CLASS, LABEL_CLASS } from '../form-styles'

interface SpanSelectProps {
  id: string
  value: number
  onChange: (months: number) => void
  /** Offer "none" (0): add the vendor without backfilling. */
  allowNone?: boolean
  label?: string
}

/** How many months of history to fetch: 3, 6, 12 (default) or 24. */
export function SpanSelect({ id, value, onChange, allowNone, label }: SpanSelectProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={LABEL_CLASS}>
        {label ?? 'History to fetch'}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
        className={`${INPUT_CLASS} w-auto`}
      >
        {allowNone && <option value={0}>None (the feeds only)</option>}
        {BACKFILL_SPANS.map((months) => (
          <option key={months} value={months}>
            {months} months
          </option>
        ))}
      </select>
    </div>
  )
}
