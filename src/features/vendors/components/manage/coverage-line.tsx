import { useMemo } from 'react'
import type { VendorCoverage } from '../../../workspace/archive/archive-types'
import { summarizeCoverage } from '../../model/coverage-words'

const SHOWN_GAPS = 5

/** The period a vendor's stored data covers, and each hole in it. */
export function CoverageLine({
  coverage,
  ready,
}: {
  coverage: VendorCoverage | null
  ready: boolean
}) {
  const summary = useMemo(() => summarizeCoverage(coverage), [coverage])
  if (!ready)
    return <p className="text-sm text-slate-500 dark:text-slate-400">Reading stored history…</p>
  if (!summary.span)
    return <p className="text-sm text-slate-500 dark:text-slate-400">No history stored yet.</p>
  const shown = summary.gaps.slice(0, SHOWN_GAPS)
  return (
    <div className="space-y-1 text-sm">
      <p>
        <span className="text-slate-500 dark:text-slate-400">Data covers </span>
        <span className="tabular-nums">{summary.span}</span>
        {summary.gaps.length === 0 ? (
          <span className="text-slate-500 dark:text-slate-400">, without gaps</span>
        ) : null}
      </p>
      {summary.gaps.length > 0 && (
        <div className="text-amber-900 dark:text-amber-200">
          <p>
            {summary.gaps.length === 1 ? '1 gap' : `${summary.gaps.length} gaps`} no source spoke
            for:
          </p>
          <ul className="ml-4 list-disc text-xs tabular-nums">
            {shown.map((gap) => (
              <li key={gap.from}>{gap.label}</li>
            ))}
            {summary.gaps.length > SHOWN_GAPS && (
              <li>and {summary.gaps.length - SHOWN_GAPS} more</li>
            )}
          </ul>
        </div>
      )}
    </div>
  )
}
