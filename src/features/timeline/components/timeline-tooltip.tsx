import { levelLabel } from '../model/bar-level-label'
import { formatMinutes } from '../../../core/stats/index'
import { formatUtc, formatUtcSpan } from '../../workspace/model/format-utc'
import type { TimelineBar } from '../model/timeline-bars'

export interface TimelineHover {
  bar: TimelineBar
  lane: number
  /** Where the lane's open bars stop: the vendor's last capture, or now. */
  laneEnd: number
  laneLabel: string
  vendorName: string
  x: number
  y: number
}

/** The one tooltip element: title, level, UTC times and duration of the bar under the pointer. */
export function TimelineTooltip({
  hover,
  now,
  width,
}: {
  hover: TimelineHover | null
  now: number
  width: number
}) {
  if (!hover) return null
  const { bar } = hover
  const minutes = bar.end === null ? (hover.laneEnd - bar.start) / 60_000 : bar.durationMinutes
  const stale = hover.laneEnd < now - 60_000
  const left = Math.min(Math.max(hover.x + 12, 0), Math.max(0, width - 280))
  return (
    <div
      role="tooltip"
      className="pointer-events-none absolute z-10 w-[17rem] rounded-md border border-slate-300 bg-white p-2 text-xs shadow-lg dark:border-slate-600 dark:bg-slate-800"
      style={{ left, top: hover.y + 14 }}
    >
      <p className="font-semibold text-slate-900 dark:text-slate-100">{bar.title}</p>
      <p className="text-slate-600 dark:text-slate-300">
        {hover.vendorName} · {hover.laneLabel}
      </p>
      <p>{levelLabel(bar)}</p>
      <p>{formatUtcSpan(bar.start, bar.end)}</p>
      <p>
        Duration {formatMinutes(minutes)}
        {bar.end === null && !stale ? ' so far (still open)' : ''}
      </p>
      {bar.end === null && stale && (
        <p>
          Still open at the feed's last capture, {formatUtc(hover.laneEnd)} UTC: drawn up to it.
        </p>
      )}
      <p className="text-slate-500 dark:text-slate-400">Click to open the incident</p>
    </div>
  )
}
