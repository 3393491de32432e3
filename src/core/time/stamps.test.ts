import { describe, expect, it } from 'vitest'
import { parseDated, toIsoUtc } from './instants'
import { createStampResolver, makeWallStamp, type WallStamp } from './stamps'
import { zoneOffsetMinutes } from './zones'

const stamp = (
  month: string,
  day: number,
  time: string,
  zone: string,
  year: number | null = null,
) => makeWallStamp(month, day, time, zone, year) as WallStamp

const iso = (ms: number) => toIsoUtc(ms)

describe('zone words', () => {
  it.each([
    ['UTC', 0],
    ['GMT+0', 0],
    ['PST', -480],
    ['PDT', -420],
    ['CEST', 120],
    ['IST', 330],
    ['AEDT', 660],
    ['UTC-7', -420],
    ['+0530', 330],
    ['XYZ', null],
    ['GMT+99', null],
  ])('%s is %s minutes east of UTC', (word, offset) => {
    expect(zoneOffsetMinutes(word)).toBe(offset)
  })
})

describe('dated fields', () => {
  it.each([
    ['Mon, 16 Mar 2026 05:00:00 +0000', '2026-03-16T05:00:00Z'],
    ['Fri, 23 Aug 2019 04:18:35 PDT', '2019-08-23T11:18:35Z'],
    ['Thu, 06 Aug 2026 01:09:00 Z', '2026-08-06T01:09:00Z'],
    ['2020-06-16T13:27:41.530-07:00', '2020-06-16T20:27:41.530Z'],
    ['Sat Jun 11 2022 18:55:50 GMT+0000 (Coordinated Universal Time)', '2022-06-11T18:55:50Z'],
  ])('reads %s', (text, expected) => {
    expect(iso(parseDated(text)?.ms ?? NaN)).toBe(expected)
  })

  it('returns null for a date without an offset or for nonsense', () => {
    expect(parseDated('2019-05-01 13:45:00')).toBeNull()
    expect(parseDated('yesterday')).toBeNull()
    expect(parseDated('Mon, 45 Foo 2026 99:00:00 +0000')).toBeNull()
  })
})

describe('update stamps without a year', () => {
  it("learns the zone word's offset from the item's own date (Parse writes PST in daylight time)", () => {
    const pubDate = parseDated('Mon, 28 Oct 2013 14:48:00 -0700')
    const newest = stamp('Oct', 28, '14:48', 'PST')
    const older = stamp('Oct', 28, '13:02', 'PST')
    const resolve = createStampResolver(pubDate, [newest, older])
    expect(iso(resolve(older)?.ms ?? NaN)).toBe('2013-10-28T20:02:00Z')
    expect(resolve(older)?.zoneAssumed).toBe(false)
  })

  it('uses the table for another word in the same item', () => {
    const published = parseDated('2019-11-20T18:35:28-08:00')
    const resolve = createStampResolver(published, [stamp('Nov', 20, '18:35', 'PST')])
    expect(iso(resolve(stamp('Oct', 30, '10:00', 'PDT'))?.ms ?? NaN)).toBe('2019-10-30T17:00:00Z')
  })

  it('walks back across a year boundary from a January date', () => {
    const resolve = createStampResolver(parseDated('Thu, 02 Jan 2020 10:00:00 +0000'), [])
    expect(iso(resolve(stamp('Dec', 31, '23:10', 'UTC'))?.ms ?? NaN)).toBe('2019-12-31T23:10:00Z')
  })

  it('walks forward from a December start to a January update', () => {
    const resolve = createStampResolver(parseDated('Tue, 30 Dec 2025 22:00:00 +0000'), [])
    expect(iso(resolve(stamp('Jan', 2, '08:00:00', 'GMT+0'))?.ms ?? NaN)).toBe(
      '2026-01-02T08:00:00Z',
    )
  })

  it("falls back to the item's offset for an unknown word and says so", () => {
    const resolve = createStampResolver(parseDated('Mon, 02 Mar 2026 10:00:00 +0100'), [])
    const resolved = resolve(stamp('Mar', 2, '09:00', 'XYZ'))
    expect(resolved).toEqual({ ms: Date.parse('2026-03-02T08:00:00Z'), zoneAssumed: true })
  })

  it('keeps a stated year as written', () => {
    const resolve = createStampResolver(null, [])
    expect(iso(resolve(stamp('Apr', 30, '16:09', 'CEST', 2025))?.ms ?? NaN)).toBe(
      '2025-04-30T14:09:00Z',
    )
  })

  it('rejects impossible stamps', () => {
    expect(makeWallStamp('Foo', 1, '10:00', 'UTC')).toBeNull()
    expect(makeWallStamp('Jan', 32, '10:00', 'UTC')).toBeNull()
    expect(makeWallStamp('Jan', 3, '25:00', 'UTC')).toBeNull()
    expect(makeWallStamp('Feb', 31, '10:00', 'UTC')).toBeNull()
    expect(makeWallStamp('Feb', 29, '10:00', 'UTC', 2025)).toBeNull()
    expect(makeWallStamp('Feb', 29, '10:00', 'UTC')).not.toBeNull()
  })
})
