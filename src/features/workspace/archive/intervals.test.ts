import { describe, expect, it } from 'vitest'
import { describeVendorCoverage, mergeIntervals } from './intervals'

const at = (day: number) => `2026-01-${String(day).padStart(2, '0')}T00:00:00.000Z`
const span = (from: number, to: number) => ({ from: at(from), to: at(to) })

describe('mergeIntervals', () => {
  it('joins overlapping and touching intervals and keeps disjoint ones apart', () => {
    expect(mergeIntervals([span(5, 8), span(1, 3), span(2, 4), span(8, 9), span(20, 22)])).toEqual([
      span(1, 4),
      span(5, 9),
      span(20, 22),
    ])
  })

  it('drops empty, reversed and unreadable intervals and normalizes the stamps', () => {
    expect(
      mergeIntervals([
        span(3, 3),
        span(4, 2),
        { from: 'soon', to: at(2) },
        { from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00+00:00' },
      ]),
    ).toEqual([span(1, 2)])
  })
})

describe('describeVendorCoverage', () => {
  it('unions the sources and lists the holes between them', () => {
    expect(
      describeVendorCoverage([[span(1, 5), span(12, 15)], [span(4, 7)], [span(20, 21)]]),
    ).toEqual({ from: at(1), to: at(21), gaps: [span(7, 12), span(15, 20)] })
  })

  it('has no span and no gaps without intervals', () => {
    expect(describeVendorCoverage([[], []])).toEqual({ from: null, to: null, gaps: [] })
  })
})
