import type { ReactNode } from 'react'

/** Formula and coverage under a chart, so a pasted screenshot still says how it was computed. */
export function ChartNotes({ formula, coverage }: { formula: string; coverage: ReactNode }) {
  return (
    <figcaption className="mt-3 space-y-1 text-xs text-slate-600 dark:text-slate-400">
      <p>
        <span className="font-medium text-slate-700 dark:text-slate-300">Method: </span>
        {formula}. Bars show raw minutes per level (overlapping incidents once, at the worst level);
        “counted by method” in the table applies the weights.
      </p>
      <p>
        <span className="font-medium text-slate-700 dark:text-slate-300">Data coverage: </span>
        {coverage}
      </p>
    </figcaption>
  )
}
