import { describe, expect, it } from 'vitest'
import { categoryTickInterval } from './downtime-chart-width'

const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`)

describe('categoryTickInterval', () => {
  it('labels every month when the axis is wide enough', () => {
    expect(categoryTickInterval(months, 1200)).toBe(0)
  })

  it('skips labels on a narrow axis so that they never overlap', () => {
    const interval = categoryTickInterval(months, 300)
    const shown = Math.ceil(months.length / (interval + 1))
    expect(shown * (7 * 6.5 + 16)).toBeLessThanOrEqual(300)
    expect(interval).toBeGreaterThan(0)
  })

  it('thins a long weekly axis to what fits', () => {
    const weeks = Array.from({ length: 367 }, () => '2025-10-06')
    const interval = categoryTickInterval(weeks, 1000)
    expect(Math.ceil(367 / (interval + 1))).toBeLessThanOrEqual(Math.floor(1000 / (10 * 6.5 + 16)))
  })
})
