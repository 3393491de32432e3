import type { SlaVerdict } from './sla'

const share = (fraction: number) =>
  `${(fraction * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })} %`

/** "covers 10.6 % of the period"; null when the sources do not state their coverage. */
export function coverageWords(coveredFraction: number | null): string | null {
  if (coveredFraction === null) return null
  if (coveredFraction >= 1) return 'covers the whole period'
  if (coveredFraction <= 0) return 'no data covers the period'
  return `covers ${share(coveredFraction)} of the period`
}

/** "99.820 % · covers 10.6 % of the period": an uptime is never shown without its coverage. */
export function uptimeWithCoverage(
  uptimePercent: number | null,
  coveredFraction: number | null,
  digits = 3,
): string {
  if (uptimePercent === null) return 'n/a · no data covers the period'
  const coverage = coverageWords(coveredFraction)
  return `${uptimePercent.toFixed(digits)} %${coverage === null ? ' · coverage not stated' : ` · ${coverage}`}`
}

/** The verdict in words: "met", "breached (credit 10 %)", "insufficient data (covers 10.6 %)", "no data". */
export function verdictWords(verdict: SlaVerdict): string {
  if (verdict.status === 'no_data') return 'no data'
  if (verdict.status === 'insufficient_data')
    return `insufficient data (covers ${share(verdict.coveredFraction ?? 0)})`
  if (verdict.status === 'met') return 'met'
  return verdict.creditPercent > 0 ? `breached (credit ${verdict.creditPercent} %)` : 'breached'
}

/** The verdict's first word, capitalised, for tables: Met, Breached, Insufficient data, No data. */
export function verdictLabel(verdict: Pick<SlaVerdict, 'status'>): string {
  const words = {
    met: 'Met',
    breached: 'Breached',
    insufficient_data: 'Insufficient data',
    no_data: 'No data',
  } as const
  return words[verdict.status]
}
