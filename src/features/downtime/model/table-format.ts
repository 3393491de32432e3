/** `1,234.5`: minutes for the data tables, one decimal at most. */
export function formatTableMinutes(minutes: number): string {
  return minutes.toLocaleString('en-US', { maximumFractionDigits: 1 })
}

/** `100 %`, `62.5 %`, `no data`. */
export function formatCoverage(fraction: number): string {
  if (fraction <= 0) return 'no data'
  return `${(fraction * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })} %`
}
