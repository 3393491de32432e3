import { describe, expect, it } from 'vitest'
import { parseDated, toIsoUtc, utcWallMs } from './instants'
import { createStampResolver, makeWallStamp, type WallStamp } from './stamps'

const isoOf = (text: string) => {
  const dated = parseDated(text)
  return dated ? toIsoUtc(dated.ms) : null
}

describe('dates that do not exist are refused, never normalized', () => {
  it.each([
    ['2026-02-30T10:00:00Z', 'ISO Feb 30 (would become Mar 2)'],
    ['2025-02-29T10:00:00Z', 'ISO Feb 29 outside a leap year'],
    ['2026-04-31T10:00:00+02:00', 'ISO Apr 31'],
    ['0000-06-01T10:00:00Z', 'ISO year 0000 (would become 1900)'],
    ['Mon, 30 Feb 2026 10:00:00 +0000', 'RFC 822 Feb 30'],
    ['Sat, 01 Jan 0000 10:00:00 GMT', 'RFC 822 year 0000 (would become 2000)'],
    ['Mon Feb 30 2026 10:00:00 GMT+0000 (Coordinated Universal Time)', 'Date.toString Feb 30'],
  ])('refuses %s: %s', (text) => {
    expect(isoOf(text)).toBeNull()
  })

  it('still reads the real days next to them, leap days and two-digit RFC 822 years', () => {
    expect(isoOf('2024-02-29T10:00:00Z')).toBe('2024-02-29T10:00:00Z')
    expect(isoOf('2000-02-29T23:00:00-02:00')).toBe('2000-03-01T01:00:00Z')
    expect(isoOf('Sat, 28 Feb 26 10:00:00 +0000')).toBe('2026-02-28T10:00:00Z')
    expect(isoOf('0099-06-01T10:00:00Z')).toBe('0099-06-01T10:00:00Z')
  })

  it('runs a leap second into the next minute instead of back a day', () => {
    expect(utcWallMs(2016, 11, 31, 23, 59, 60)).toBe(Date.parse('2017-01-01T00:00:00Z'))
  })

  it('refuses 1900, 2100 and 2023 leap days and day 0', () => {
    expect(utcWallMs(1900, 1, 29)).toBeNull()
    expect(utcWallMs(2100, 1, 29)).toBeNull()
    expect(utcWallMs(2023, 1, 29)).toBeNull()
    expect(utcWallMs(2023, 0, 0)).toBeNull()
  })
})

describe('year-less update stamps on Feb 29', () => {
  const leapDay = makeWallStamp('Feb', 29, '10:00', 'UTC') as WallStamp

  it('land in the leap year next to the item', () => {
    const resolve = createStampResolver(parseDated('2024-03-01T10:00:00Z'), [])
    expect(resolve(leapDay)).toEqual({ ms: Date.parse('2024-02-29T10:00:00Z'), zoneAssumed: false })
  })

  it('are refused when no year near the item has one, instead of becoming Mar 1', () => {
    const resolve = createStampResolver(parseDated('2022-03-01T10:00:00Z'), [])
    expect(resolve(leapDay)).toBeNull()
  })

  it('are refused with a stated year that has none', () => {
    expect(makeWallStamp('Feb', 29, '10:00', 'UTC', 2023)).toBeNull()
    expect(makeWallStamp('Jun', 1, '10:00', 'UTC', 0)).toBeNull()
  })
})
