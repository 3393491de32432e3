import { describe, expect, it } from 'vitest'
import { makeIncident } from '../../../core/__fixtures__/make-incident'
import { coverageCaption as describeVendorCoverage } from '../../workspace/model/coverage-caption'
import { uncoveredSpans } from './coverage-gaps'
import { buildVendorBars } from './timeline-bars'
import { barsInRange, componentLanes, WHOLE_VENDOR_LABEL } from './timeline-lanes'

const ms = (iso: string) => Date.parse(iso)
const options = { vendorId: 'v1', durationSource: 'declared' as const, excludedComponents: [] }

describe('componentLanes', () => {
  it('puts items naming no component in a whole-vendor lane first, then components by name', () => {
    const { bars } = buildVendorBars(
      [
        makeIncident({ components: ['Web', 'API'] }),
        makeIncident({ components: [], start: '2025-01-11T00:00:00.000Z' }),
      ],
      options,
    )
    const lanes = componentLanes('v1', bars, [], Infinity)
    expect(lanes.map((lane) => lane.label)).toEqual([WHOLE_VENDOR_LABEL, 'API', 'Web'])
    expect(lanes.map((lane) => lane.bars.length)).toEqual([1, 1, 1])
  })
})

describe('barsInRange', () => {
  const { bars } = buildVendorBars(
    [
      makeIncident({ start: '2025-01-01T00:00:00.000Z', end: '2025-03-01T00:00:00.000Z' }),
      makeIncident({ start: '2025-02-01T00:00:00.000Z', end: '2025-02-01T01:00:00.000Z' }),
      makeIncident({ start: '2025-02-10T00:00:00.000Z', end: null }),
    ],
    options,
  )
  const now = ms('2025-02-20T00:00:00Z')
  const [lane] = componentLanes('v1', bars, [], now)

  it('finds a long bar that started before the range', () => {
    const found = barsInRange(lane!, ms('2025-02-15T00:00:00Z'), ms('2025-02-16T00:00:00Z'))
    expect(found.map((bar) => new Date(bar.start).toISOString().slice(0, 10))).toEqual([
      '2025-01-01',
      '2025-02-10',
    ])
  })

  it('runs an open bar to now, not beyond', () => {
    const found = barsInRange(lane!, ms('2025-02-21T00:00:00Z'), ms('2025-02-22T00:00:00Z'))
    expect(found.map((bar) => bar.end)).toEqual([ms('2025-03-01T00:00:00Z')])
  })
})

describe('uncoveredSpans', () => {
  const range = { start: ms('2025-01-01T00:00:00Z'), end: ms('2025-02-01T00:00:00Z') }

  it('claims nothing when coverage is not stated', () => {
    expect(uncoveredSpans(null, range)).toEqual([])
  })

  it('returns the time before coverage, in its gaps and after the last load', () => {
    const spans = uncoveredSpans(
      {
        from: '2025-01-05T00:00:00Z',
        to: '2025-01-25T00:00:00Z',
        gaps: [{ from: '2025-01-10T00:00:00Z', to: '2025-01-12T00:00:00Z' }],
      },
      range,
    )
    expect(
      spans.map((s) => [s.start, s.end].map((t) => new Date(t).toISOString().slice(0, 10))),
    ).toEqual([
      ['2025-01-01', '2025-01-05'],
      ['2025-01-10', '2025-01-12'],
      ['2025-01-25', '2025-02-01'],
    ])
  })

  it('treats coverage without a start as no data at all', () => {
    expect(uncoveredSpans({ from: null, to: null, gaps: [] }, range)).toEqual([range])
  })
})

describe('describeVendorCoverage', () => {
  it('names the covered span, the gaps and what the hatching means', () => {
    expect(
      describeVendorCoverage({
        from: '2025-06-26T15:24:00.000Z',
        to: '2026-06-01T06:00:00.000Z',
        gaps: [{ from: '2025-08-01T00:00:00.000Z', to: '2025-08-03T00:00:00.000Z' }],
      }),
    ).toBe(
      'data covers 2025-06-26 15:24 → 2026-06-01 06:00 UTC with 1 gap between loads; time outside it is hatched as no data',
    )
  })

  it('never claims coverage while the history loads', () => {
    expect(describeVendorCoverage(null)).toMatch(/still loading/)
  })
})
