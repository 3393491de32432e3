import { describe, expect, it } from 'vitest'
import {
  formatInUnit,
  niceCeiling,
  noDataRuns,
  pickDowntimeUnit,
  scaleRows,
  type DowntimeStackRow,
} from './downtime-stacks'

const row = (label: string, overrides: Partial<DowntimeStackRow> = {}): DowntimeStackRow => ({
  label,
  hasData: true,
  major_outage: 0,
  partial_outage: 0,
  degraded_performance: 0,
  unknown: 0,
  maintenance: 0,
  ...overrides,
})

describe('pickDowntimeUnit', () => {
  it('keeps minutes while the tallest stack stays under three hours', () => {
    expect(pickDowntimeUnit([row('a', { major_outage: 100, partial_outage: 79 })]).name).toBe(
      'minutes',
    )
  })

  it('switches to hours when the incident stack reaches three hours', () => {
    expect(pickDowntimeUnit([row('a', { major_outage: 100, unknown: 80 })]).name).toBe('hours')
  })

  it('looks at the maintenance stack on its own, not added to the incidents', () => {
    const rows = [row('a', { major_outage: 100, maintenance: 100 })]
    expect(pickDowntimeUnit(rows).name).toBe('minutes')
    expect(pickDowntimeUnit([row('a', { maintenance: 300 })]).name).toBe('hours')
  })

  it('ignores rows no data covers', () => {
    expect(pickDowntimeUnit([row('a', { hasData: false, maintenance: 44640 })]).name).toBe(
      'minutes',
    )
  })

  it('uses minutes for an empty chart', () => {
    expect(pickDowntimeUnit([]).short).toBe('min')
  })
})

describe('formatInUnit', () => {
  it('writes whole minutes and hours with sensible decimals', () => {
    expect(formatInUnit(300, { name: 'minutes', short: 'min', divisor: 1 })).toBe('300 min')
    expect(formatInUnit(90, { name: 'hours', short: 'h', divisor: 60 })).toBe('1.5 h')
    expect(formatInUnit(755, { name: 'hours', short: 'h', divisor: 60 })).toBe('12.6 h')
    expect(formatInUnit(60 * 1234, { name: 'hours', short: 'h', divisor: 60 })).toBe('1,234 h')
  })
})

describe('scaleRows', () => {
  it('divides every stack by the unit and keeps the minutes for the tooltip', () => {
    const [scaled] = scaleRows([row('2025-10', { maintenance: 300, major_outage: 30 })], {
      name: 'hours',
      short: 'h',
      divisor: 60,
    })
    expect(scaled).toMatchObject({ label: '2025-10', maintenance: 5, major_outage: 0.5 })
    expect(scaled?.row.maintenance).toBe(300)
  })
})

describe('scaleRows without data', () => {
  it('draws nothing for a row no data covers', () => {
    const unit = { name: 'minutes', short: 'min', divisor: 1 } as const
    const [scaled] = scaleRows([row('a', { hasData: false, maintenance: 44640 })], unit)
    expect(scaled?.maintenance).toBe(0)
  })
})

describe('noDataRuns', () => {
  it('groups consecutive rows without data into one run each', () => {
    const rows = [
      row('a', { hasData: false }),
      row('b', { hasData: false }),
      row('c'),
      row('d', { hasData: false }),
    ]
    expect(noDataRuns(rows)).toEqual([
      { first: 'a', last: 'b' },
      { first: 'd', last: 'd' },
    ])
  })
})

describe('niceCeiling', () => {
  it('rounds an axis top up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceCeiling(50.00003)).toBe(100)
    expect(niceCeiling(50)).toBe(50)
    expect(niceCeiling(7.7)).toBe(10)
    expect(niceCeiling(180)).toBe(200)
    expect(niceCeiling(0.3)).toBe(0.5)
    expect(niceCeiling(0)).toBe(1)
  })
})
