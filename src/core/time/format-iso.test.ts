import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatIsoUtc } from './format-iso'

describe('formatIsoUtc', () => {
  it('writes what Date#toISOString writes for any whole millisecond of years 1 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_999 }), (ms) => {
        expect(formatIsoUtc(ms)).toBe(new Date(ms).toISOString())
      }),
      { numRuns: 20_000 },
    )
    expect(formatIsoUtc(951_782_400_000)).toBe('2000-02-29T00:00:00.000Z')
  })

  it('leaves fractions, other years and non-numbers to Date', () => {
    for (const ms of [1.5, -0.5, -62_135_596_800_001, 253_402_300_800_000, Number.NaN, Infinity])
      expect(formatIsoUtc(ms)).toBeNull()
  })
})
