import { describe, expect, it } from 'vitest'
import { parseInstant } from '../time/parse-instant'
import {
  calendarMonths,
  calendarQuarters,
  calendarWeeks,
  dayLabels,
  parseDayBound,
  parsePeriod,
  toIsoString,
} from './time-range'
import { DAY_MS } from '../time/instants'

const labelsAndBounds = (ranges: { start: number; end: number; label: string }[]) =>
  ranges.map(
    (range) =>
      `${range.label} ${toIsoString(range.start).slice(0, 10)}→${toIsoString(range.end).slice(0, 10)}`,
  )

describe('time ranges', () => {
  it('reads period bounds as whole UTC days', () => {
    expect(parseDayBound('2025-06-01', 'from')).toBe(Date.UTC(2025, 5, 1))
    expect(parseDayBound('2025-06-01T00:00:00.000Z', 'from')).toBe(Date.UTC(2025, 5, 1))
    expect(() => parseDayBound('2025-06-01T00:00:00+02:00', 'from')).toThrow(/00:00 UTC/)
    expect(() => parsePeriod('2025-06-01', '2025-06-01')).toThrow(/end after/)
  })

  it('cuts calendar months and quarters, clipping the first and last to the range', () => {
    const range = parsePeriod('2025-01-15', '2025-07-10')
    expect(labelsAndBounds(calendarMonths(range))).toEqual([
      '2025-01 2025-01-15→2025-02-01',
      '2025-02 2025-02-01→2025-03-01',
      '2025-03 2025-03-01→2025-04-01',
      '2025-04 2025-04-01→2025-05-01',
      '2025-05 2025-05-01→2025-06-01',
      '2025-06 2025-06-01→2025-07-01',
      '2025-07 2025-07-01→2025-07-10',
    ])
    expect(labelsAndBounds(calendarQuarters(range))).toEqual([
      '2025-Q1 2025-01-15→2025-04-01',
      '2025-Q2 2025-04-01→2025-07-01',
      '2025-Q3 2025-07-01→2025-07-10',
    ])
    expect(calendarQuarters(parsePeriod('2025-11-01', '2026-02-01')).map((q) => q.label)).toEqual([
      '2025-Q4',
      '2026-Q1',
    ])
  })

  it('cuts weeks from Monday', () => {
    // 2025-01-01 is a Wednesday.
    expect(labelsAndBounds(calendarWeeks(parsePeriod('2025-01-01', '2025-01-15')))).toEqual([
      '2024-12-30 2025-01-01→2025-01-06',
      '2025-01-06 2025-01-06→2025-01-13',
      '2025-01-13 2025-01-13→2025-01-15',
    ])
  })

  it.each([
    '2025-06-26T15:24:00Z',
    '2025-06-26T15:24:00.123Z',
    '2024-02-29T23:59:59Z',
    '2025-12-31T00:00:00.000Z',
    '2025-06-26T17:24:00+02:00',
    '2025-06-26',
    '2025-02-29T00:00:00Z',
    '2025-06-26T24:00:00Z',
  ])('reads %s exactly as Date.parse does', (text) => {
    expect(parseInstant(text)).toBe(Date.parse(text))
  })

  it.each(['2025-13-01T00:00:00Z', '2025-06-26T12:61:00Z', 'soon', ''])(
    'gives NaN for %s',
    (text) => {
      expect(parseInstant(text)).toBeNaN()
    },
  )
})

describe('dayLabels', () => {
  it('counts days across month and leap-year ends like toISOString', () => {
    const start = Date.UTC(2023, 11, 30)
    const labels = dayLabels(start, 800)
    labels.forEach((label, day) =>
      expect(label).toBe(toIsoString(start + day * DAY_MS).slice(0, 10)),
    )
  })
})
