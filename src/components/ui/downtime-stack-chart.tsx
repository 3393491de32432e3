import { memo, useMemo, useRef } from 'react'
import { Bar, BarChart, CartesianGrid, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts'
import { DowntimeAxisTick } from './downtime-axis-tick'
import { categoryTickInterval } from './downtime-chart-width'
import { useElementWidth } from './element-width'
import { DowntimeStackTooltip } from './downtime-stack-tooltip'
import {
  DOWNTIME_STACK_SERIES,
  niceCeiling,
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

/** Incident minutes stacked by level beside maintenance minutes; data in, no maths but scaling. */
function DowntimeStackChart({
  rows,
  unit,
  layout,
  height,
  compact = false,
  categoryLabel,
  valueMaxMinutes,
}: DowntimeStackChartProps) {
  const boxRef = useRef<HTMLDivElement>(null)
  const width = useElementWidth(boxRef, compact ? 'downtime-compact' : `downtime-${layout}`)
  const data = useMemo(() => scaleRows(rows, unit), [rows, unit])
  const valueAxisWidth = compact ? 44 : 56
  const tickInterval = useMemo(
    () =>
      categoryTickInterval(
        rows.map((row) => row.label),
        width - valueAxisWidth - 20,
      ),
    [rows, width, valueAxisWidth],
  )
  const runs = useMemo(() => noDataRuns(rows), [rows])
  const vertical = layout === 'categories'
  const valueTitle = compact
    ? undefined
    : { value: `Downtime (${unit.name})`, fill: 'currentColor', fontSize: 11 }
  // Small multiples have no axis title, so their ticks carry the unit.
  const formatValue = compact ? (value: number) => `${value} ${unit.short}` : undefined
  const valueSide = vertical ? 'bottom' : 'left'
  const valueAxis = {
    type: 'number' as const,
    tick: <DowntimeAxisTick side={valueSide} format={formatValue} />,
    allowDecimals: unit.divisor !== 1,
    tickCount: compact ? 3 : 5,
    stroke: 'currentColor',
    domain: [0, valueMaxMinutes ? niceCeiling(valueMaxMinutes / unit.divisor) : 'auto'] as [
      number,
      number | 'auto',
    ],
  }
  const categoryAxis = {
    type: 'category' as const,
    dataKey: 'label',
    tick: <DowntimeAxisTick side={vertical ? 'left' : 'bottom'} />,
    stroke: 'currentColor',
  }
  return (
    // A layout boundary: tooltip moves re-lay out the chart, not the page around it.
    <div ref={boxRef} style={{ height, contain: 'layout size' }}>
      {width > 0 && (
        <BarChart
          width={width}
          height={height}
          data={data}
          layout={vertical ? 'vertical' : 'horizontal'}
          // Room on the right for half of the last label ("2026-11"), which is centred on its bar.
          margin={{ top: 8, right: 28, bottom: compact ? 0 : 16, left: compact ? 0 : 8 }}
          barGap={1}
          barCategoryGap={vertical ? '20%' : '12%'}
        >
          <CartesianGrid {...GRID_STYLE} vertical={vertical} horizontal={!vertical} />
          {vertical ? (
            <>
              <XAxis
                {...valueAxis}
                label={valueTitle && { ...valueTitle, position: 'insideBottom', offset: -8 }}
              />
              <YAxis {...categoryAxis} width={compact ? 70 : 150} interval={0} />
            </>
          ) : (
            <>
              <XAxis
                {...categoryAxis}
                interval={tickInterval}
                label={
                  compact
                    ? undefined
                    : {
                        value: categoryLabel,
                        fill: 'currentColor',
                        fontSize: 11,
                        position: 'insideBottom',
                        offset: -8,
                      }
                }
              />
              <YAxis
                {...valueAxis}
                width={valueAxisWidth}
                label={
                  valueTitle && {
                    ...valueTitle,
                    angle: -90,
                    position: 'insideLeft',
                    style: { textAnchor: 'middle' },
                  }
                }
              />
            </>
          )}
          {runs.map((run) => (
            <ReferenceArea
              key={run.first}
              {...(vertical ? { y1: run.first, y2: run.last } : { x1: run.first, x2: run.last })}
              fill="currentColor"
              fillOpacity={0.08}
              ifOverflow="visible"
              label={
                compact
                  ? undefined
                  : { value: 'no data', fill: 'currentColor', fontSize: 11, position: 'center' }
              }
            />
          ))}
          <Tooltip
            cursor={{ fill: 'currentColor', fillOpacity: 0.06 }}
            content={<DowntimeStackTooltip unit={unit} />}
            isAnimationActive={false}
          />
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
