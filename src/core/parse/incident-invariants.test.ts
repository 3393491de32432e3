import { describe, expect, it } from 'vitest'
import { isModelInstant } from './incident-invariants'

describe('isModelInstant', () => {
  it('accepts the instants the model writes, with and without milliseconds', () => {
    expect(isModelInstant('2022-06-11T18:55:50Z')).toBe(true)
    expect(isModelInstant('2022-06-11T18:55:50.123Z')).toBe(true)
    expect(isModelInstant('1990-01-01T00:00:00Z')).toBe(true)
    expect(isModelInstant('2100-12-31T23:59:59Z')).toBe(true)
  })

  it('accepts 29 February only in leap years', () => {
    expect(isModelInstant('2024-02-29T12:00:00Z')).toBe(true)
    expect(isModelInstant('2000-02-29T12:00:00Z')).toBe(true)
    expect(isModelInstant('2023-02-29T12:00:00Z')).toBe(false)
    expect(isModelInstant('2100-02-29T12:00:00Z')).toBe(false)
  })

  it('refuses days, hours, minutes and seconds that do not exist', () => {
    for (const value of [
      '2026-02-30T00:00:00Z',
      '2026-04-31T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-00-10T00:00:00Z',
      '2026-01-00T00:00:00Z',
      '2026-01-01T24:00:00Z',
      '2026-01-01T23:60:00Z',
      '2026-01-01T23:59:60Z',
    ])
      expect(isModelInstant(value), value).toBe(false)
  })

  it('refuses years outside 1990–2100, other zones and other shapes', () => {
    for (const value of [
      '1989-12-31T23:59:59Z',
      '2101-01-01T00:00:00Z',
      '10000-01-01T00:00:00Z',
      '2026-01-01T00:00:00+01:00',
      '2026-01-01 00:00:00Z',
      '2026-01-01T00:00:00.1Z',
      '',
      null,
      1_700_000_000_000,
    ])
      expect(isModelInstant(value), String(value)).toBe(false)
  })
})
