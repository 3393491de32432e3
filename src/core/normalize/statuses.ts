/** Update labels that end an incident or maintenance (Statuspage, Instatus, Heroku, GCP). */
const RESOLVING = new Set(['resolved', 'completed', 'complete', 'fixed', 'available', 'closed'])
const IN_PROGRESS = new Set(['in progress', 'in_progress', 'inprogress', 'underway'])
const MAINTENANCE_LABELS = new Set(['scheduled', 'in progress', 'verifying', 'completed'])
const INCIDENT_LABELS = new Set([
  'investigating',
  'identified',
  'monitoring',
  'resolved',
  'postmortem',
])

// Labels repeat ("Resolved" on every item) and are asked about several times per update: each
// distinct label is trimmed and lower-cased once, up to a bound (a hostile feed's labels are new).
// Not core/memo's createMemo: at ~100 ns a call it costs more than the trim it spares (~20 ns).
const MAX_KEYS = 256
const keys = new Map<string, string>()

function key(status: string): string {
  let found = keys.get(status)
  if (found === undefined) {
    if (keys.size >= MAX_KEYS) keys.clear()
    found = status.trim().toLowerCase()
    keys.set(status, found)
  }
  return found
}

export function isResolvingStatus(status: string): boolean {
  return RESOLVING.has(key(status))
}

export function isInProgressStatus(status: string): boolean {
  return IN_PROGRESS.has(key(status))
}

/** Statuspage's label rule (formats.md §1.6); `Update` is neutral. Not valid for Instatus. */
export function kindFromStatuspageLabels(
  labels: readonly string[],
): 'incident' | 'maintenance' | null {
  if (labels.some((label) => MAINTENANCE_LABELS.has(key(label)))) return 'maintenance'
  if (labels.some((label) => INCIDENT_LABELS.has(key(label)))) return 'incident'
  return null
}
