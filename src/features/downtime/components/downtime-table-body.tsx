import { useVirtualizer } from '@tanstack/react-virtual'
import type { RefObject } from 'react'
import { DOWNTIME_LEVELS } from '../../../components/ui/downtime-stacks'
import { formatCoverage, formatTableMinutes } from '../model/table-format'
import type { DowntimeTableRow } from './downtime-table'

const cell = 'px-2 py-1 text-right tabular-nums'

function MinutesCell({
  minutes,
  name,
  noData,
}: {
  minutes: number
  name: string
  noData: boolean
}) {
  return (
    <td className={cell} data-column={name} data-minutes={minutes}>
      {noData ? <span title="No data covers this period">–</span> : formatTableMinutes(minutes)}
    </td>
  )
}

function Row({ row }: { row: DowntimeTableRow }) {
  const noData = row.coveredFraction <= 0
  return (
    <tr className={noData ? 'text-slate-600 italic dark:text-slate-300' : ''}>
      <th
        scope="row"
        className="sticky left-0 bg-white px-2 py-1 text-left font-medium whitespace-nowrap dark:bg-slate-900"
      >
        {row.label}
      </th>
      {DOWNTIME_LEVELS.map((level) => (
        <MinutesCell key={level} name={level} minutes={row[level]} noData={noData} />
      ))}
      <MinutesCell name="incident" minutes={row.incidentMinutes} noData={noData} />
      <MinutesCell name="weighted" minutes={row.weightedIncidentMinutes} noData={noData} />
      <MinutesCell name="maintenance" minutes={row.maintenanceMinutes} noData={noData} />
      <td className={cell}>
        {noData && row.loading ? 'loading…' : formatCoverage(row.coveredFraction)}
      </td>
    </tr>
  )
}

/** Above this many rows (weeks of several years) only the rows in view are in the DOM. */
const VIRTUALIZE_FROM = 100
const ROW_HEIGHT = 25

interface BodyProps {
  rows: readonly DowntimeTableRow[]
  scrollRef: RefObject<HTMLDivElement | null>
}

export function DowntimeTableBody({ rows, scrollRef }: BodyProps) {
  const virtual = rows.length > VIRTUALIZE_FROM
  // TanStack Virtual returns fresh functions each render by design; the compiler skips this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    enabled: virtual,
  })
  const items = virtualizer.getVirtualItems()
  const shown = virtual ? items.map((item) => rows[item.index]) : rows
  const top = virtual ? (items[0]?.start ?? 0) : 0
  const bottom = virtual ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0
  return (
    <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
      {top > 0 && <tr aria-hidden style={{ height: top }} />}
      {shown.map((row) => row && <Row key={row.key} row={row} />)}
      {bottom > 0 && <tr aria-hidden style={{ height: bottom }} />}
    </tbody>
  )
}
