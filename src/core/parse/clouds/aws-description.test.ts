import { describe, expect, it } from 'vitest'
import { toIsoUtc } from '../../time/instants'
import { readAwsStamp, resolveAwsStamps, splitAwsDescription } from './aws-description'

const resolve = (posted: string, stamps: string[]) =>
  resolveAwsStamps(Date.parse(posted), stamps.map(readAwsStamp)).map((ms) =>
    ms === null ? null : toIsoUtc(ms),
  )

describe('readAwsStamp', () => {
  it('reads a padded time of day with its zone word', () => {
    expect(readAwsStamp(' 9:26 AM PDT')).toEqual({
      month: null,
      day: null,
      minuteOfDay: 9 * 60 + 26,
      zone: 'PDT',
    })
  })

  it('reads midnight, noon and a dated stamp', () => {
    expect(readAwsStamp('12:27 AM PDT')?.minuteOfDay).toBe(27)
    expect(readAwsStamp('12:12 PM PDT')?.minuteOfDay).toBe(12 * 60 + 12)
    expect(readAwsStamp('Aug 7,  2:53 AM PDT')).toMatchObject({ month: 7, day: 7 })
  })

  it('refuses text that is not a stamp', () => {
    expect(readAwsStamp('soon')).toBeNull()
    expect(readAwsStamp('13:00 PM PDT')).toBeNull()
  })
})

describe('splitAwsDescription', () => {
  it('splits the stamped div runs and keeps their HTML', () => {
    const runs = splitAwsDescription(
      '<div><span class="yellowfg"> 1:14 PM PDT</span>&nbsp;A &amp; B<br>C</div><div>no stamp</div>',
    )
    expect(runs).toEqual([
      { stamp: readAwsStamp('1:14 PM PDT'), stampText: '1:14 PM PDT', html: 'A &amp; B<br>C' },
      { stamp: null, stampText: '', html: 'no stamp' },
    ])
  })
})

describe('resolveAwsStamps', () => {
  it('puts the first stamp on the day of the entry date and walks forward past midnight', () => {
    // DynamoDB us-east-1, 2021-08-07: posted 18:08 PDT on Aug 6, resolved "Aug 7, 2:53 AM PDT".
    expect(
      resolve('2021-08-07T01:08:13Z', ['6:08 PM PDT', '11:11 PM PDT', 'Aug 7, 2:53 AM PDT']),
    ).toEqual(['2021-08-07T01:08:00Z', '2021-08-07T06:11:00Z', '2021-08-07T09:53:00Z'])
  })

  it('walks an undated stamp that goes back in time to the next day', () => {
    expect(resolve('2021-12-22T07:33:20Z', ['11:33 PM PST', '12:34 AM PST'])).toEqual([
      '2021-12-22T07:33:00Z',
      '2021-12-22T08:34:00Z',
    ])
  })

  it('takes the year nearest the entry date for a dated stamp across New Year', () => {
    expect(resolve('2021-12-31T22:00:00Z', ['2:00 PM PST', 'Jan 1, 3:00 AM PST'])).toEqual([
      '2021-12-31T22:00:00Z',
      '2022-01-01T11:00:00Z',
    ])
  })

  it('matches a stamp written a second after the entry date', () => {
    // CloudWatch eu-west-1: date 11:54:59 PST, first stamp "11:55 AM PST".
    expect(resolve('2021-11-27T19:54:59Z', ['11:55 AM PST'])).toEqual(['2021-11-27T19:55:00Z'])
  })

  it('gives null for a zone word missing from the table', () => {
    expect(resolve('2021-11-27T19:54:59Z', ['11:55 AM XYZ', '12:30 PM PST'])).toEqual([
      null,
      '2021-11-27T20:30:00Z',
    ])
  })
})
