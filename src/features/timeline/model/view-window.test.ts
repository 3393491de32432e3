import { describe, expect, it } from 'vitest'
import { MIN_SPAN_MS, panWindow, zoomWindow } from './view-window'
import { timeTicks } from './time-ticks'
import { formatSpan } from '../../workspace/model/format-utc'

const DAY = 86_400_000
const bounds = { start: 0, end: 100 * DAY }

describe('zoomWindow', () => {
  it('keeps the instant under the pointer in place', () => {
    const next = zoomWindow(bounds, 0.5, 0.2, bounds)
    expect(next.end - next.start).toBe(50 * DAY)
    expect(next.start + 0.2 * (next.end - next.start)).toBe(20 * DAY)
  })

  it('never zooms out past the bounds nor in below an hour', () => {
    expect(zoomWindow(bounds, 4, 0.5, bounds)).toEqual(bounds)
    const tight = zoomWindow({ start: DAY, end: 2 * DAY }, 0.0001, 0.5, bounds)
    expect(tight.end - tight.start).toBe(MIN_SPAN_MS)
  })
})

describe('panWindow', () => {
  it('stops at the end of the period keeping the width', () => {
    expect(panWindow({ start: 80 * DAY, end: 90 * DAY }, 30 * DAY, bounds)).toEqual({
      start: 90 * DAY,
      end: 100 * DAY,
    })
  })
})

describe('timeTicks', () => {
  it('uses calendar months for a year-long axis', () => {
    const range = {
      start: Date.parse('2025-01-15T00:00:00Z'),
      end: Date.parse('2026-01-15T00:00:00Z'),
    }
    const ticks = timeTicks(range, 1200)
    expect(ticks[0]?.label).toBe('Feb 2025')
    expect(ticks.every((t) => new Date(t.at).getUTCDate() === 1)).toBe(true)
  })

  it('labels hours and marks midnight with the date on a short axis', () => {
    const range = {
      start: Date.parse('2025-04-30T12:00:00Z'),
      end: Date.parse('2025-05-01T06:00:00Z'),
    }
    const labels = timeTicks(range, 800).map((t) => t.label)
    expect(labels).toContain('14:00')
    expect(labels).toContain('May 1')
  })

  it('keeps ticks at least the minimum gap apart', () => {
    const range = { start: 0, end: 30 * DAY }
    const ticks = timeTicks(range, 390, 60)
    const gaps = ticks.slice(1).map((t, i) => ((t.at - (ticks[i]?.at ?? 0)) / (30 * DAY)) * 390)
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(60)
  })
})

describe('formatSpan', () => {
  it('reads in minutes, hours or days as the length needs', () => {
    expect([90 * 60_000, 36 * 3_600_000, 30 * DAY, 1.5 * DAY + 0.25 * DAY].map(formatSpan)).toEqual(
      ['90 min', '36 h', '30 days', '42 h'],
    )
  })
})
