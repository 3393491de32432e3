import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef, type KeyboardEvent } from 'react'
import type { IncidentSort } from '../model/incident-filters'
import type { IncidentRow } from '../model/incident-rows'
import { CompactRow, WideRow } from './incident-table-row'
import { TableHeader } from './table-header'

interface IncidentTableProps {
  rows: readonly IncidentRow[]
  compact: boolean
  timeZone: string
  zoneName: string
  nowMs: number
  sort: IncidentSort
  onSort: (sort: IncidentSort) => void
  selectedKey: string | null
  onOpen: (row: IncidentRow) => void
}

const WIDE_ROW = 56
const COMPACT_ROW = 84

/** Every matching incident, virtualized: only the rows in view (plus a few) are in the DOM. */
export function IncidentTable(props: IncidentTableProps) {
  const { rows, compact } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  const height = compact ? COMPACT_ROW : WIDE_ROW
  // TanStack Virtual returns fresh functions each render by design; the compiler skips this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => height,
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 8,
  })

  // Arrow keys walk the rows; the target is scrolled in first, then focused once rendered.
  const onArrow = (index: number) => (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key]
    if (!step) return
    event.preventDefault()
    const next = Math.min(rows.length - 1, Math.max(0, index + step))
    virtualizer.scrollToIndex(next)
    requestAnimationFrame(() =>
      scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${next}"]`)?.focus(),
    )
  }

  const items = virtualizer.getVirtualItems()
  const body = items.map((item) => {
    const row = rows[item.index]
    if (!row) return null
    const rowProps = {
      row,
      index: item.index,
      count: rows.length,
      timeZone: props.timeZone,
      nowMs: props.nowMs,
      selected: row.key === props.selectedKey,
      onOpen: () => props.onOpen(row),
      onArrow: onArrow(item.index),
      start: item.start,
      height,
    }
    return compact ? (
      <CompactRow key={row.key} {...rowProps} />
    ) : (
      <WideRow key={row.key} {...rowProps} />
    )
  })
  const scroller = 'max-h-[min(70vh,48rem)] overflow-auto [scrollbar-gutter:stable]'
  const frame =
    'overflow-hidden rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900'

  if (compact) {
    return (
      <div className={frame}>
        <div ref={scrollRef} className={scroller}>
          <ul
            aria-label="Incidents"
            className="relative"
            style={{ height: virtualizer.getTotalSize() }}
          >
            {body}
          </ul>
        </div>
      </div>
    )
  }
  return (
    <div role="table" aria-label="Incidents" aria-rowcount={rows.length + 1} className={frame}>
      <TableHeader sort={props.sort} onSort={props.onSort} zoneName={props.zoneName} />
      <div ref={scrollRef} className={scroller}>
        <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize() }}>
          {body}
        </div>
      </div>
    </div>
  )
}
