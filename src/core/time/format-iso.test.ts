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

  it('drops the milliseconds of a whole second only when asked, as the model writes instants', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_135_596_800, max: 253_402_300_799 }), (seconds) => {
        const iso = new Date(seconds * 1000).toISOString()
        expect(formatIsoUtc(seconds * 1000, true)).toBe(iso.replace('.000Z', 'Z'))
        expect(formatIsoUtc(seconds * 1000 + 7, true)).toBe(
          new Date(seconds * 1000 + 7).toISOString(),
        )
      }),
      { numRuns: 5_000 },
    )
  })

  it('leaves fractions, other years and non-numbers to Date', () => {
    for (const ms of [1.5, -0.5, -62_135_596_800_001, 253_402_300_800_000, Number.NaN, Infinity])
      expect(formatIsoUtc(ms)).toBeNull()
  })
})
