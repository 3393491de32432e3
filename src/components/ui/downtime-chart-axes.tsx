import { useMemo } from 'react'
import { DowntimeAxisTick } from './downtime-axis-tick'
import { categoryTickInterval } from './downtime-chart-width'
import type { DowntimeStackChartProps } from './downtime-stack-chart'
import { niceCeiling } from './downtime-stacks'

// Made once: recharts re-registers an axis whose tick element or label is a new object.
const BOTTOM_TICK = <DowntimeAxisTick side="bottom" />
const LEFT_TICK = <DowntimeAxisTick side="left" />
const AXIS_TEXT = { fill: 'currentColor', fontSize: 11 } as const

/** What the axes depend on: the chart's props and its measured width. */
type DowntimeAxesInput = Pick<
  DowntimeStackChartProps,
  'rows' | 'unit' | 'layout' | 'compact' | 'categoryLabel' | 'valueMaxMinutes'
>

/**
 * The value and category axes' props, kept the same object while their inputs stay the same, so a
 * re-render of the chart (a resize, a parent's render) does not send recharts new axis settings.
 */
export function useDowntimeAxes(chart: DowntimeAxesInput, width: number) {
  const { rows, unit, categoryLabel, valueMaxMinutes } = chart
  const compact = chart.compact ?? false
  const vertical = chart.layout === 'categories'
  const valueAxisWidth = compact ? 44 : 56
  const tickInterval = useMemo(
    () =>
      categoryTickInterval(
        rows.map((row) => row.label),
        width - valueAxisWidth - 20,
      ),
    [rows, width, valueAxisWidth],
  )
  const valueAxis = useMemo(() => {
    // Small multiples have no axis title, so their ticks carry the unit.
    const format = compact ? (value: number) => `${value} ${unit.short}` : undefined
    const title = compact ? undefined : { ...AXIS_TEXT, value: `Downtime (${unit.name})` }
    return {
      type: 'number' as const,
      tick: <DowntimeAxisTick side={vertical ? 'bottom' : 'left'} format={format} />,
      allowDecimals: unit.divisor !== 1,
      tickCount: compact ? 3 : 5,
      stroke: 'currentColor',
      domain: [0, valueMaxMinutes ? niceCeiling(valueMaxMinutes / unit.divisor) : 'auto'] as [
        number,
        number | 'auto',
      ],
      ...(vertical
        ? { label: title && { ...title, position: 'insideBottom' as const, offset: -8 } }
        : {
            width: valueAxisWidth,
            label: title && {
              ...title,
              angle: -90,
              position: 'insideLeft' as const,
              style: { textAnchor: 'middle' as const },
            },
          }),
    }
  }, [unit, compact, vertical, valueMaxMinutes, valueAxisWidth])
  const categoryAxis = useMemo(
    () => ({
      type: 'category' as const,
      dataKey: 'label',
      tick: vertical ? LEFT_TICK : BOTTOM_TICK,
      stroke: 'currentColor',
      ...(vertical
        ? { width: compact ? 70 : 150, interval: 0 }
        : {
            interval: tickInterval,
            label: compact
              ? undefined
              : {
                  ...AXIS_TEXT,
                  value: categoryLabel,
                  position: 'insideBottom' as const,
                  offset: -8,
                },
          }),
    }),
    [vertical, compact, tickInterval, categoryLabel],
  )
  return vertical
    ? { xAxis: valueAxis, yAxis: categoryAxis }
    : { xAxis: categoryAxis, yAxis: valueAxis }
}
