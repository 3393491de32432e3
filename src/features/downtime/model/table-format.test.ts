import { describe, expect, it } from 'vitest'
import { formatCoverage, formatTableMinutes } from './table-format'

describe('formatTableMinutes', () => {
  it('keeps whole minutes whole and rounds the rest to one decimal', () => {
    expect(formatTableMinutes(300)).toBe('300')
    expect(formatTableMinutes(1234.56)).toBe('1,234.6')
    expect(formatTableMinutes(0)).toBe('0')
  })
})

describe('formatCoverage', () => {
  it('says "no data" for an uncovered period instead of 0 %', () => {
    expect(formatCoverage(0)).toBe('no data')
    expect(formatCoverage(1)).toBe('100 %')
    expect(formatCoverage(0.8333)).toBe('83.3 %')
  })
})
