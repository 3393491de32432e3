import { useState } from 'react'
import { ScrollRegion } from '../../../components/ui/scroll-region'
import { formatMinutes, type TimeRange } from '../../../core/stats/index'
import { formatUtcSpan } from '../../workspace/model/format-utc'
import type { TimelineBar } from '../model/timeline-bars'
import { barsInRange, type TimelineLane } from '../model/timeline-lanes'
import { xOf, type TimelineLayout } from '../model/timeline-layout'
import { levelLabel } from '../model/bar-level-label'

const MAX_ROWS = 200

interface BarListProps {
  lanes: readonly TimelineLane[]
  layout: TimelineLayout
  visible: TimeRange
  incidentHref: (bar: TimelineBar) => string
  onOpen: (bar: TimelineBar) => void
}

function BarRows({ lanes, layout, visible, incidentHref, onOpen }: BarListProps) {
  const rows = lanes
    .flatMap((lane, index) =>
      barsInRange(lane, visible.start, visible.end).map((bar) => ({ bar, lane, index })),
    )
    .sort((a, b) => a.bar.start - b.bar.start)
  const centre = (bar: TimelineBar, lane: TimelineLane) => {
    const x0 = Math.max(layout.labelWidth, xOf(bar.start, visible, layout))
    const x1 = Math.min(
      layout.labelWidth + layout.plotWidth,
      xOf(bar.end ?? lane.end, visible, layout),
    )
    return Math.round((x0 + x1) / 2)
  }
  return (
    <>
      <p className="my-2 text-slate-600 dark:text-slate-300">
        {rows.length} bars in view
        {rows.length > MAX_ROWS ? `; the first ${MAX_ROWS} are listed` : ''}.
      </p>
      <ScrollRegion label="Bars in view, as a table" className="overflow-x-auto">
        <table className="w-full text-left text-xs">
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-700">
              <th className="py-1 pr-2">Lane</th>
              <th className="py-1 pr-2">Incident</th>
              <th className="py-1 pr-2">Level</th>
              <th className="py-1 pr-2">Time (UTC)</th>
              <th className="py-1">Duration</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, MAX_ROWS).map(({ bar, lane, index }) => (
              <tr
                key={`${lane.key}|${bar.incidentId}`}
                data-start={new Date(bar.start).toISOString()}
                data-end={bar.end === null ? '' : new Date(bar.end).toISOString()}
                data-x={centre(bar, lane)}
                data-y={Math.round((index + 0.5) * layout.laneHeight)}
                className="border-b border-slate-100 dark:border-slate-800"
              >
                <td className="py-1 pr-2">{lane.label}</td>
                <td className="py-1 pr-2">
                  <a
                    className="underline"
                    href={incidentHref(bar)}
                    onClick={(event) => {
                      event.preventDefault()
                      onOpen(bar)
                    }}
                  >
                    {bar.title}
                  </a>
                </td>
                <td className="py-1 pr-2">{levelLabel(bar)}</td>
                <td className="py-1 pr-2 whitespace-nowrap">{formatUtcSpan(bar.start, bar.end)}</td>
                <td className="py-1 whitespace-nowrap">
                  {bar.end === null ? 'open' : formatMinutes(bar.durationMinutes)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  )
}

/** The text alternative: the bars in view as a table, built only while it is open. */
export function TimelineBarList(props: BarListProps) {
  const [open, setOpen] = useState(false)
  return (
    <details
      className="mt-3 text-sm"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer text-slate-700 dark:text-slate-200">
        Bars in view as a table
      </summary>
      {open && <BarRows {...props} />}
    </details>
  )
}
