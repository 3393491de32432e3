import { describe, expect, it } from 'vitest'
import { formatMinutes, formatPercent } from './format'

describe('formatting for display', () => {
  it('formats percentages and minutes', () => {
    expect(formatPercent(99.856149376012)).toBe('99.856 %')
    expect(formatPercent(99.856149376012, 5)).toBe('99.85615 %')
    expect(formatPercent(null)).toBe('n/a')
    expect(formatMinutes(0)).toBe('0 min')
    expect(formatMinutes(44.6)).toBe('45 min')
    expect(formatMinutes(125)).toBe('2 h 05 min')
    expect(formatMinutes(3 * 1440 + 4 * 60)).toBe('3 d 4 h 00 min')
    expect(formatMinutes(null)).toBe('n/a')
  })
})
