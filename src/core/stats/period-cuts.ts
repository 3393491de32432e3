import { createMemoCache } from '../memo'
import {
  calendarMonths,
  calendarQuarters,
  toDayString,
  toIsoString,
  type LabeledRange,
  type TimeRange,
} from './time-range'

/** A labelled period with its ISO UTC bounds, [from, to). */
export interface PeriodCut extends LabeledRange {
  from: string
  to: string
}

export interface PeriodCuts {
  whole: PeriodCut
  months: PeriodCut[]
  quarters: PeriodCut[]
}

const withBounds = (range: LabeledRange): PeriodCut => ({
  ...range,
  from: toIsoString(range.start),
  to: toIsoString(range.end),
})

function cutPeriod(range: TimeRange): PeriodCuts {
  const label = `${toDayString(range.start)}/${toDayString(range.end)}`
  return {
    whole: withBounds({ start: range.start, end: range.end, label }),
    months: calendarMonths(range).map(withBounds),
    quarters: calendarQuarters(range).map(withBounds),
  }
}

// Every vendor of a fleet is summarised over the same period, so the last cut is kept (read-only).
const lastCut = createMemoCache<PeriodCuts>({ limit: 1 })

/** The period, its calendar months and its quarters, each with ISO bounds. */
export function periodCuts(range: TimeRange): PeriodCuts {
  return lastCut.get(`${range.start}/${range.end}`, () => cutPeriod(range))
}
