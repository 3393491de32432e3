import { describe, expect, it } from 'vitest'
import { readSlaTarget } from './sla-target'

describe('reading a typed SLA target', () => {
  it('accepts percentages from 50 to 100, with a point or a comma', () => {
    expect(readSlaTarget('99.9')).toEqual({ ok: true, value: 99.9 })
    expect(readSlaTarget(' 99,95 ')).toEqual({ ok: true, value: 99.95 })
    expect(readSlaTarget('50')).toEqual({ ok: true, value: 50 })
    expect(readSlaTarget('100')).toEqual({ ok: true, value: 100 })
  })

  it('refuses empty, out-of-range and non-numeric input with one sentence', () => {
    for (const text of ['', '49.9', '100.1', 'abc', 'NaN', 'Infinity']) {
      expect(readSlaTarget(text)).toEqual({
        ok: false,
        message: 'The SLA target must be a percentage from 50 to 100.',
      })
    }
  })
})
