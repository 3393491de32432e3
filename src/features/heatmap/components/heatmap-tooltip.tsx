import type { CellDescription } from '../model/describe-cell'

/** The one tooltip element: the hovered or focused day's minutes per level. */
export function HeatmapTooltip({
  description,
  left,
  top,
  width,
}: {
  description: CellDescription | null
  left: number
  top: number
  width: number
}) {
  if (!description) return null
  return (
    <div
      role="tooltip"
      className="pointer-events-none absolute z-10 w-[16rem] rounded-md border border-slate-300 bg-white p-2 text-xs shadow-lg dark:border-slate-600 dark:bg-slate-800"
      style={{ left: Math.min(Math.max(0, left), Math.max(0, width - 264)), top }}
    >
      <p className="font-semibold text-slate-900 dark:text-slate-100">{description.heading}</p>
      <p className="mb-1 text-slate-600 dark:text-slate-300">{description.verdict}</p>
      {description.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p className="mt-1 text-slate-500 dark:text-slate-400">
        Click or press Enter to list its incidents
      </p>
    </div>
  )
}
