// One formatter for every cell: toLocaleString with options builds a new one per call.
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })

/** `1,234.5`: minutes for the data tables, one decimal at most. */
export function formatTableMinutes(minutes: number): string {
  return ONE_DECIMAL.format(minutes)
}

/** `100 %`, `62.5 %`, `no data`. */
export function formatCoverage(fraction: number): string {
  if (fraction <= 0) return 'no data'
  return `${ONE_DECIMAL.format(fraction * 100)} %`
}
