import { describe, expect, it } from 'vitest'
import { resolvePeriod } from './analysis-period'

const now = Date.parse('2026-11-21T08:00:00Z')

describe('the analysis period', () => {
  it('ends with the anchor day for the rolling presets', () => {
    expect(resolvePeriod('30d', null, null, now, null)).toMatchObject({
      from: '2026-10-23',
      to: '2026-11-22',
    })
    expect(resolvePeriod('365d', null, null, now, null)).toMatchObject({
      from: '2025-11-22',
      to: '2026-11-22',
    })
    expect(resolvePeriod('ytd', null, null, now, null)).toMatchObject({
      from: '2026-01-01',
      to: '2026-11-22',
    })
  })

  it('defaults to the 12 months ending with the day the data speaks up to', () => {
    const capture = Date.parse('2026-01-20T14:00:00Z')
    expect(resolvePeriod('12m', null, null, capture, null)).toMatchObject({
      preset: '12m',
      from: '2025-01-21',
      to: '2026-01-21',
      label: '12 months to 2026-01-20',
    })
    expect(resolvePeriod('12m', null, null, Date.parse('2024-02-28T10:00:00Z'), null).from).toBe(
      '2023-02-28',
    )
  })

  it('starts "all history" at the earliest covered day', () => {
    expect(resolvePeriod('all', null, null, now, '2019-10-01T12:00:00Z')).toMatchObject({
      from: '2019-10-01',
      to: '2026-11-22',
    })
  })

  it('takes a valid custom range and falls back to the default for a broken one', () => {
    expect(resolvePeriod('custom', '2025-06-01', '2026-06-01', now, null)).toMatchObject({
      from: '2025-06-01',
      to: '2026-06-01',
      label: '2025-06-01 → 2026-05-31',
    })
    expect(
      resolvePeriod('custom', '2026-06-01', '2025-06-01', now, '2020-01-01T00:00:00Z').preset,
    ).toBe('12m')
    expect(resolvePeriod('custom', 'yesterday', '2025-06-01', now, null).preset).toBe('12m')
  })
})
