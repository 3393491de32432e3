import { describe, expect, it } from 'vitest'
import { toIsoUtc } from '../time/instants'
import { windowFromText } from './window-text'

function read(text: string, postedAt: string) {
  const window = windowFromText(text, Date.parse(postedAt))
  return window && [toIsoUtc(window.startMs), toIsoUtc(window.endMs), window.sentence]
}

describe('a window stated in words', () => {
  it('reads full dates with year and zone, quoting the sentence', () => {
    const text =
      'This incident was resolved. From January 14, 2026, at 18:15 UTC until January 15, 2026, at 11:30 UTC, some users could not sign in. We apologise.'
    expect(read(text, '2026-01-15T12:00:00Z')).toEqual([
      '2026-01-14T18:15:00Z',
      '2026-01-15T11:30:00Z',
      'From January 14, 2026, at 18:15 UTC until January 15, 2026, at 11:30 UTC, some users could not sign in.',
    ])
  })

  it('completes a missing date, year or zone from the other end and the update', () => {
    expect(
      read(
        'Between 14:05 and 15:10 UTC on March 3, runs were delayed.',
        '2026-03-04T09:00:00Z',
      )?.slice(0, 2),
    ).toEqual(['2026-03-03T14:05:00Z', '2026-03-03T15:10:00Z'])
    expect(
      read('from 9:02 PM PDT on June 4 to 1:20 AM PDT on June 5', '2025-06-06T12:00:00Z')?.slice(
        0,
        2,
      ),
    ).toEqual(['2025-06-05T04:02:00Z', '2025-06-05T08:20:00Z'])
    expect(
      read(
        'From Dec 30 at 22:00 UTC to Jan 2 at 03:00 UTC we saw errors.',
        '2026-01-03T12:00:00Z',
      )?.slice(0, 2),
    ).toEqual(['2025-12-30T22:00:00Z', '2026-01-02T03:00:00Z'])
  })

  it('runs past midnight and reads times without a date as the day of the update, or the one before', () => {
    expect(
      read('between 23:10 and 01:20 UTC, logins failed', '2026-03-04T12:00:00Z')?.slice(0, 2),
    ).toEqual(['2026-03-03T23:10:00Z', '2026-03-04T01:20:00Z'])
    expect(
      read(
        'Our cloud was unavailable between 11:45 pm and 00:50 am (PDT).',
        '2020-03-13T06:45:00Z',
      )?.slice(0, 2),
    ).toEqual(['2020-03-13T06:45:00Z', '2020-03-13T07:50:00Z'])
  })

  it('reads no window from numbers that are not times, or in a zone it does not know', () => {
    expect(read('We moved from 3 to 5 regions.', '2026-01-03T12:00:00Z')).toBeNull()
    expect(read('sent between 3:05 PM and 4:40 PM Pacific', '2013-08-12T23:49:00Z')).toBeNull()
    expect(
      read(
        'From March 1, 2026 at 10:00 UTC until June 1, 2026 at 10:00 UTC',
        '2026-06-02T00:00:00Z',
      ),
    ).toBeNull()
  })
})
