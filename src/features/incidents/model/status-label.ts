/**
 * An update's status for display: API enums ("in_progress") read as words, first letter capital;
 * labels a vendor wrote by hand ("Postmortem") stay as they are.
 * @example statusLabel('in_progress') === 'In progress'
 */
export function statusLabel(status: string): string {
  const words = status.replace(/_/g, ' ').trim()
  if (words === '') return 'Update'
  return words.charAt(0).toUpperCase() + words.slice(1)
}
