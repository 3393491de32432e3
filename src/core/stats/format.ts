/** `99.856 %`; `n/a` for a missing figure. Rounds for display only. */
export function formatPercent(value: number | null, digits = 3): string {
  return value === null ? 'n/a' : `${value.toFixed(digits)} %`
}

/** `0 min`, `45 min`, `2 h 05 min`, `3 d 4 h 00 min`; `n/a` for a missing figure. */
export function formatMinutes(value: number | null): string {
  if (value === null) return 'n/a'
  const total = Math.round(value)
  const days = Math.floor(total / 1440)
  const hours = Math.floor((total % 1440) / 60)
  const minutes = total % 60
  if (days > 0) return `${days} d ${hours} h ${String(minutes).padStart(2, '0')} min`
  if (hours > 0) return `${hours} h ${String(minutes).padStart(2, '0')} min`
  return `${minutes} min`
}
