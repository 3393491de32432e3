import { useState } from 'react'
import { Button } from '../../../../components/ui/button'

interface ConfirmActionProps {
  label: string
  /** Read before acting: what will be lost. */
  question: string
  confirmLabel: string
  onConfirm: () => void
  accessibleLabel?: string
}

/** A destructive action that asks first, inline, with the focus on the safe choice. */
export function ConfirmAction({
  label,
  question,
  confirmLabel,
  onConfirm,
  accessibleLabel,
}: ConfirmActionProps) {
  const [asking, setAsking] = useState(false)
  if (!asking)
    return (
      <Button
        size="sm"
        variant="danger"
        onClick={() => setAsking(true)}
        aria-label={accessibleLabel}
      >
        {label}
      </Button>
    )
  return (
    <div
      role="group"
      aria-label={question}
      className="flex w-full flex-wrap items-center gap-2 rounded-md border border-red-200 bg-red-50 px-2 py-1.5 text-sm text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100"
    >
      <span className="min-w-0 flex-1 basis-48">{question}</span>
      <Button
        size="sm"
        variant="danger"
        onClick={() => {
          setAsking(false)
          onConfirm()
        }}
      >
        {confirmLabel}
      </Button>
      <Button size="sm" autoFocus onClick={() => setAsking(false)}>
        Cancel
      </Button>
    </div>
  )
}
