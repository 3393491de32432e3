/** The covered span and the gaps between loads, as VendorView.coverage states them. */
export interface CoverageLike {
  from: string | null
  to: string | null
  gaps: readonly { from: string; to: string }[]
}

const minute = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`

/** What one vendor's data speaks for, in words for the caption under a chart. */
export function coverageCaption(coverage: CoverageLike | null): string {
  if (coverage === null) return 'the stored history is still loading, so nothing is claimed yet'
  if (!coverage.from || !coverage.to)
    return 'no source states what it covers, so every day is no data'
  const gaps = coverage.gaps.length
  return (
    `data covers ${minute(coverage.from)} → ${minute(coverage.to)} UTC` +
    (gaps > 0 ? ` with ${gaps} ${gaps === 1 ? 'gap' : 'gaps'} between loads` : '') +
    '; time outside it is hatched as no data'
  )
}
