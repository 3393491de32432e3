export type Outcome = { ok: true; message: string } | { ok: false; message: string }

const TONES = {
  ok: 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100',
  error:
    'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100',
  info: 'border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100',
} as const

/** The result of an action in one sentence: errors as alerts, the rest as polite status. */
export function OutcomeMessage({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return null
  return (
    <p
      role={outcome.ok ? 'status' : 'alert'}
      className={`rounded-md border px-3 py-2 text-sm break-words ${outcome.ok ? TONES.ok : TONES.error}`}
    >
      {outcome.message}
    </p>
  )
}

/** Work in progress, announced politely. */
export function ProgressMessage({ children }: { children: string }) {
  return (
    <p role="status" className={`rounded-md border px-3 py-2 text-sm break-words ${TONES.info}`}>
      {children}
    </p>
  )
}
