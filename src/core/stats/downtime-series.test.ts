import { describe, expect, it } from 'vitest'
import { computeDowntimeSeries, seriesBuckets } from './downtime-series'
import { presetMethod } from './methods'
import { makeIncident, makeMaintenance } from '../__fixtures__/make-incident'
import { buildVendorTimeline } from './timeline'
import { parsePeriod } from './time-range'

describe('computeDowntimeSeries', () => {
  const timeline = buildVendorTimeline(
    [
      makeIncident({
        start: '2025-01-05T23:00:00.000Z',
        end: '2025-01-06T01:00:00.000Z',
        impact: 'partial_outage',
      }),
      makeMaintenance({ start: '2025-01-14T05:00:00.000Z', end: '2025-01-14T05:45:00.000Z' }),
    ],
    { now: '2026-01-01T00:00:00.000Z' },
  )
  const { weights } = presetMethod('statuspage')

  it('gives weekly incident and maintenance minutes, weeks from Monday', () => {
    const series = computeDowntimeSeries(
      timeline.vendor,
      parsePeriod('2025-01-01', '2025-01-15'),
      'week',
      weights,
    )
    expect(series.map((point) => point.label)).toEqual(['2024-12-30', '2025-01-06', '2025-01-13'])
    expect(series.map((point) => point.incidentMinutes)).toEqual([60, 60, 0])
    expect(series.map((point) => point.weightedIncidentMinutes)).toEqual([18, 18, 0])
    expect(series.map((point) => point.maintenanceMinutes)).toEqual([0, 0, 45])
    expect(series.map((point) => point.periodMinutes)).toEqual([5 * 1440, 7 * 1440, 2 * 1440])
    expect(series[0]?.from).toBe('2025-01-01T00:00:00.000Z')
  })

  it('gives monthly minutes', () => {
    const series = computeDowntimeSeries(
      timeline.vendor,
      parsePeriod('2024-12-01', '2025-02-01'),
      'month',
      weights,
    )
    expect(
      series.map((point) => [point.label, point.incidentMinutes, point.maintenanceMinutes]),
    ).toEqual([
      ['2024-12', 0, 0],
      ['2025-01', 120, 45],
    ])
  })

  it('gives each bucket the minutes of every level, which add up to its incident minutes', () => {
    const series = computeDowntimeSeries(
      timeline.vendor,
      parsePeriod('2025-01-01', '2025-01-15'),
      'week',
      weights,
    )
    expect(series.map((point) => point.partial_outage)).toEqual([60, 60, 0])
    expect(series.map((point) => point.major_outage + point.unknown)).toEqual([0, 0, 0])
    for (const point of series) {
      const levels =
        point.major_outage + point.partial_outage + point.degraded_performance + point.unknown
      expect(levels).toBe(point.incidentMinutes)
    }
  })

  it('cuts the range into the same labelled buckets without a timeline', () => {
    const range = parsePeriod('2025-01-01', '2025-01-15')
    const series = computeDowntimeSeries(timeline.vendor, range, 'week', weights)
    expect(seriesBuckets(range, 'week')).toEqual(
      series.map(({ label, from, to }) => ({ label, from, to })),
    )
    expect(seriesBuckets(parsePeriod('2024-12-15', '2025-02-01'), 'month')).toEqual([
      { label: '2024-12', from: '2024-12-15T00:00:00.000Z', to: '2025-01-01T00:00:00.000Z' },
      { label: '2025-01', from: '2025-01-01T00:00:00.000Z', to: '2025-02-01T00:00:00.000Z' },
    ])
  })
})
