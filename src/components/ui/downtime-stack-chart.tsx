import { memo, useMemo, useRef } from 'react'
import { Bar, BarChart, CartesianGrid, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts'
import { useDowntimeAxes } from './downtime-chart-axes'
import { useElementWidth } from './element-width'
import { DowntimeStackTooltip } from './downtime-stack-tooltip'
import {
  DOWNTIME_STACK_SERIES,
  noDataRuns,
  scaleRows,
  type DowntimeStackRow,
  type DowntimeUnit,
} from './downtime-stacks'

export interface DowntimeStackChartProps {
  rows: readonly DowntimeStackRow[]
  unit: DowntimeUnit
  /** `time`: periods along the x axis; `categories`: one horizontal bar group per vendor. */
  layout: 'time' | 'categories'
  height: number
  /** Small multiples: fewer ticks, no axis titles. */
  compact?: boolean
  /** Names the categories axis, e.g. "Month (UTC)" or "Vendor". */
  categoryLabel: string
  /** A shared top of the value axis in minutes, so small multiples compare at one scale. */
  valueMaxMinutes?: number
}

const GRID_STYLE = { stroke: 'currentColor', strokeOpacity: 0.15 }
// Room on the right for half of the last label ("2026-11"), which is centred on its bar.
const MARGIN = { top: 8, right: 28, bottom: 16, left: 8 }
const COMPACT_MARGIN = { top: 8, right: 28, bottom: 0, left: 0 }
const CURSOR = { fill: 'currentColor', fillOpacity: 0.06 }
const NO_DATA_LABEL = {
  value: 'no data',
  fill: 'currentColor',
  fontSize: 11,
  position: 'center' as const,
}

/** Incident minutes stacked by level beside maintenance minutes; data in, no maths but scaling. */
function DowntimeStackChart(props: DowntimeStackChartProps) {
  const { rows, unit, layout, height, compact = false } = props
  const boxRef = useRef<HTMLDivElement>(null)
  const width = useElementWidth(boxRef, compact ? 'downtime-compact' : `downtime-${layout}`)
  const data = useMemo(() => scaleRows(rows, unit), [rows, unit])
  const runs = useMemo(() => noDataRuns(rows), [rows])
  const vertical = layout === 'categories'
  const { xAxis, yAxis } = useDowntimeAxes(props, width)
  const tooltip = useMemo(() => <DowntimeStackTooltip unit={unit} />, [unit])
  return (
    // A layout boundary: tooltip moves re-lay out the chart, not the page around it.
    <div ref={boxRef} style={{ height, contain: 'layout size' }}>
      {width > 0 && (
        <BarChart
          width={width}
          height={height}
          data={data}
          layout={vertical ? 'vertical' : 'horizontal'}
          margin={compact ? COMPACT_MARGIN : MARGIN}
          barGap={1}
          barCategoryGap={vertical ? '20%' : '12%'}
        >
          <CartesianGrid {...GRID_STYLE} vertical={vertical} horizontal={!vertical} />
          <XAxis {...xAxis} />
          <YAxis {...yAxis} />
          {runs.map((run) => (
            <ReferenceArea
              key={run.first}
              {...(vertical ? { y1: run.first, y2: run.last } : { x1: run.first, x2: run.last })}
              fill="currentColor"
              fillOpacity={0.08}
              ifOverflow="visible"
              label={compact ? undefined : NO_DATA_LABEL}
            />
          ))}
          <Tooltip cursor={CURSOR} content={tooltip} isAnimationActive={false} />
          {DOWNTIME_STACK_SERIES.map((series) => (
            <Bar
              key={series.key}
              dataKey={series.key}
              name={series.label}
              stackId={series.stackId}
              fill={series.color}
              isAnimationActive={false}
              maxBarSize={vertical ? 18 : 28}
            />
          ))}
        </BarChart>
      )}
    </div>
  )
}

export default memo(DowntimeStackChart)
