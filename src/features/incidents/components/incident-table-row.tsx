import type { KeyboardEvent } from 'react'
import type { IncidentRow } from '../model/incident-rows'
import { formatInstant } from '../model/format-instant'
import { rowFlagLabels } from '../model/incident-flags'
import {
  COMPONENTS_INFERRED,
  FlagBadges,
  ImpactBadge,
  InferredMark,
  KindBadge,
} from './impact-badges'
import { durationText, WIDE_COLUMNS } from './row-cells'

export interface RowProps {
  row: IncidentRow
  index: number
  count: number
  timeZone: string
  nowMs: number
  selected: boolean
  onOpen: () => void
  onArrow: (event: KeyboardEvent<HTMLButtonElement>) => void
}

const base =
  'absolute inset-x-0 top-0 cursor-pointer border-b border-slate-100 text-sm hover:bg-slate-50 dark:border-slate-800 dark:hover:bg-slate-800/60'
const selectedClass = 'bg-teal-50 dark:bg-teal-950/60'

function TitleButton({ row, onOpen, onArrow, index }: RowProps) {
  return (
    <button
      type="button"
      data-row-index={index}
      className="max-w-full truncate text-left font-medium text-teal-800 hover:underline focus-visible:outline-2 focus-visible:outline-teal-600 dark:text-teal-300"
      onClick={(e) => {
        e.stopPropagation()
        onOpen()
      }}
      onKeyDown={onArrow}
    >
      {row.incident.title}
    </button>
  )
}

/** One row of the wide table: fixed height, every column on one or two lines. */
export function WideRow(props: RowProps & { start: number; height: number }) {
  const { row, timeZone, nowMs } = props
  const { incident } = row
  return (
    <div
      role="row"
      aria-rowindex={props.index + 2}
      aria-selected={props.selected}
      onClick={props.onOpen}
      className={`${base} ${WIDE_COLUMNS} items-center ${props.selected ? selectedClass : ''}`}
      style={{ height: props.height, transform: `translateY(${props.start}px)` }}
    >
      <div role="cell" className="truncate" title={row.vendorName}>
        {row.vendorName}
      </div>
      <div role="cell" className="tabular-nums">
        {formatInstant(row.startMs, timeZone)}
      </div>
      <div role="cell" className="tabular-nums">
        {durationText(row, nowMs)}
      </div>
      <div role="cell">
        <KindBadge incident={incident} />
      </div>
      <div role="cell">
        <ImpactBadge incident={incident} />
      </div>
      <div role="cell" className="flex min-w-0 flex-col">
        <TitleButton {...props} />
        <span className="truncate text-xs text-slate-500 dark:text-slate-400">
          {incident.components.join(', ') || 'Whole service'}
          {incident.componentsInferred && (
            <>
              {' '}
              <InferredMark why={COMPONENTS_INFERRED} />
            </>
          )}
        </span>
      </div>
      <div role="cell" className="flex max-h-12 flex-wrap gap-1 overflow-hidden">
        <FlagBadges labels={rowFlagLabels(incident, nowMs, row.capturedAt)} />
      </div>
    </div>
  )
}

/** One item of the narrow list: title, then vendor · start · duration, then badges. */
export function CompactRow(props: RowProps & { start: number; height: number }) {
  const { row, timeZone, nowMs } = props
  const { incident } = row
  return (
    <li
      aria-setsize={props.count}
      aria-posinset={props.index + 1}
      onClick={props.onOpen}
      className={`${base} flex flex-col justify-center gap-1 px-3 ${props.selected ? selectedClass : ''}`}
      style={{ height: props.height, transform: `translateY(${props.start}px)` }}
    >
      <TitleButton {...props} />
      <span className="truncate text-xs text-slate-600 tabular-nums dark:text-slate-400">
        {row.vendorName} · {formatInstant(row.startMs, timeZone)} · {durationText(row, nowMs)}
      </span>
      <span className="flex gap-1 overflow-hidden whitespace-nowrap">
        <KindBadge incident={incident} />
        <ImpactBadge incident={incident} />
        <FlagBadges labels={rowFlagLabels(incident, nowMs, row.capturedAt)} />
      </span>
    </li>
  )
}
