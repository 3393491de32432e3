import type { VendorCoverage } from '../../workspace/archive/archive-types'

const day = (iso: string) => iso.slice(0, 10)
const minute = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`

export interface CoverageSummary {
  /** "2026-05-01 to 2026-08-22", or null when no source has spoken for any time yet. */
  span: string | null
  /** Each hole in the stored history, to the minute (UTC). */
  gaps: { from: string; to: string; label: string }[]
}

/** The period a vendor's stored data covers and its holes, in words (UTC). */
export function summarizeCoverage(coverage: VendorCoverage | null): CoverageSummary {
  if (!coverage?.from || !coverage.to) return { span: null, gaps: [] }
  const gaps = coverage.gaps.map((gap) => ({
    ...gap,
    label: `${minute(gap.from)} to ${minute(gap.to)} UTC`,
  }))
  return { span: `${day(coverage.from)} to ${day(coverage.to)} (UTC)`, gaps }
}
