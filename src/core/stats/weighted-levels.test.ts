import { describe, expect, it } from 'vitest'
import { presetMethod, WEIGHT_KEYS } from './methods'
import { TIMELINE_STATES } from './states'
import {
  byLevel,
  maintenanceDowntime,
  unweightedMinutes,
  weightedMinutes,
  WEIGHTED_LEVELS,
} from './weighted-levels'

const minutes = { major_outage: 10, partial_outage: 100, degraded_performance: 40, unknown: 20 }

describe('weighted levels', () => {
  it('are the timeline incident states, worst first, with maintenance after them', () => {
    expect(TIMELINE_STATES).toEqual([...WEIGHTED_LEVELS, 'maintenance'])
    expect(WEIGHTED_LEVELS[0]).toBe('major_outage')
  })

  it('give the CLI and the formula their short names in level order', () => {
    expect(WEIGHT_KEYS).toEqual([
      ['major', 'major_outage'],
      ['partial', 'partial_outage'],
      ['degraded', 'degraded_performance'],
      ['unknown', 'unknown'],
    ])
  })
})

describe('weightedMinutes', () => {
  it('counts each level by its weight under the statuspage method', () => {
    expect(weightedMinutes(minutes, presetMethod('statuspage').weights)).toBeCloseTo(
      10 + 30 + 0 + 6,
      9,
    )
  })

  it('counts every minute when every weight is 1, and none when every weight is 0', () => {
    expect(weightedMinutes(minutes, presetMethod('strict').weights)).toBe(170)
    expect(
      weightedMinutes(
        minutes,
        byLevel(() => 0),
      ),
    ).toBe(0)
  })

  it('gives one level exactly when only that level weighs 1', () => {
    for (const level of WEIGHTED_LEVELS) {
      const oneHot = byLevel((candidate) => (candidate === level ? 1 : 0))
      expect(weightedMinutes(minutes, oneHot)).toBe(minutes[level])
    }
  })
})

describe('unweightedMinutes', () => {
  it('sums the minutes of every level whatever the weights', () => {
    expect(unweightedMinutes(minutes)).toBe(170)
    expect(unweightedMinutes(byLevel(() => 0))).toBe(0)
  })
})

describe('maintenanceDowntime', () => {
  it('counts maintenance as downtime only when maintenance counts as down', () => {
    expect(maintenanceDowntime(45, 'down')).toBe(45)
    expect(maintenanceDowntime(45, 'up')).toBe(0)
    expect(maintenanceDowntime(45, 'exclude')).toBe(0)
  })
})

describe('byLevel', () => {
  it('builds one value per level, in level order, from the level and its index', () => {
    const built = byLevel((level, index) => index * 10 + level.length)
    expect(Object.keys(built)).toEqual([...WEIGHTED_LEVELS])
    expect(built).toEqual({
      major_outage: 12,
      partial_outage: 24,
      degraded_performance: 40,
      unknown: 37,
    })
  })
})
