import { describe, expect, it } from 'vitest'
import type { Incident } from '../model'
import { makeIncident, makeMaintenance } from '../__fixtures__/make-incident'
import { computeVendorStats, type StatsOptions } from './vendor-stats'

const JANUARY = 31 * 1440
const at = (time: string, day = 10) => `2025-01-${String(day).padStart(2, '0')}T${time}:00.000Z`

function statsOf(incidents: Incident[], options: Partial<StatsOptions> = {}) {
  return computeVendorStats(incidents, {
    from: '2025-01-01',
    to: '2025-02-01',
    now: '2026-01-01T00:00:00.000Z',
    ...options,
  })
}

describe('computeVendorStats: overlaps and duplicates', () => {
  it('counts two overlapping incidents on one component once, at the worst level', () => {
    const stats = statsOf([
      makeIncident({ start: at('10:00'), end: at('11:00'), impact: 'major_outage' }),
      makeIncident({ start: at('10:30'), end: at('12:00'), impact: 'partial_outage' }),
    ])
    // 10:00–11:00 major, 11:00–12:00 partial: 120 min, not 150; weighted 60 + 0.3 × 60.
    expect(stats.incidentMinutes).toBeCloseTo(120, 9)
    expect(stats.weightedIncidentMinutes).toBeCloseTo(78, 9)
    expect(stats.uptimePercent).toBeCloseTo(100 * (1 - 78 / JANUARY), 10)
    expect(stats.incidentCount).toBe(2)
    expect(stats.mttrMinutes).toBeCloseTo(75, 9)
    expect(stats.longestIncidentMinutes).toBe(90)
    expect(stats.countsByImpact).toEqual({
      major_outage: 1,
      partial_outage: 1,
      degraded_performance: 0,
      unknown: 0,
      none: 0,
    })
  })

  it('counts an aliased duplicate once', () => {
    const original = makeIncident({ id: 'a', start: at('10:00'), end: at('11:00') })
    const alias = makeIncident({ id: 'b', aliases: ['a'], start: at('10:00'), end: at('11:30') })
    const stats = statsOf([original, alias])
    expect(stats.incidentCount).toBe(1)
    expect(stats.incidentMinutes).toBeCloseTo(60, 9)
    expect(stats.mttrMinutes).toBeCloseTo(60, 9)
  })

  it('prefers the resolved copy of a duplicate', () => {
    const open = makeIncident({ id: 'a', start: at('10:00'), end: null })
    const resolved = makeIncident({ id: 'a', start: at('10:00'), end: at('10:45') })
    const stats = statsOf([open, resolved])
    expect(stats.incidentMinutes).toBeCloseTo(45, 9)
    expect(stats.mttrMinutes).toBeCloseTo(45, 9)
  })
})

describe('computeVendorStats: period edges and open incidents', () => {
  it('clips an incident that crosses the period edges, and keeps full durations for MTTR', () => {
    const stats = statsOf([
      makeIncident({ start: '2024-12-31T23:00:00.000Z', end: '2025-01-01T01:00:00.000Z' }),
      makeIncident({ start: '2025-01-31T23:30:00.000Z', end: '2025-02-01T00:30:00.000Z' }),
    ])
    expect(stats.incidentMinutes).toBeCloseTo(60 + 30, 9)
    expect(stats.incidentCount).toBe(2)
    // Only the second one starts in January.
    expect(stats.mttrMinutes).toBeCloseTo(60, 9)
    expect(stats.longestIncidentMinutes).toBe(120)
  })

  it('runs an open incident to now when now is sooner than the period end', () => {
    const open = makeIncident({ start: at('20:00', 31), end: null })
    const early = statsOf([open], { now: at('22:00', 31) })
    expect(early.incidentMinutes).toBeCloseTo(120, 9)
    expect(early.longestIncidentMinutes).toBeCloseTo(120, 9)
    expect(early.mttrMinutes).toBeNull()
    const late = statsOf([open])
    expect(late.incidentMinutes).toBeCloseTo(240, 9)
    expect(late.longestIncidentMinutes).toBeCloseTo(240, 9)
    expect(late.incidentCount).toBe(1)
  })

  it('measures a period that reaches past now only up to now', () => {
    const stats = statsOf([makeIncident({ start: at('10:00'), end: at('11:00') })], {
      to: '2025-03-01',
      now: at('12:00'),
    })
    expect(stats.periodMinutes).toBe(9.5 * 1440)
    expect(stats.uptimePercent).toBeCloseTo(100 * (1 - 60 / (9.5 * 1440)), 10)
    const february = stats.months[1]
    expect(february?.periodMinutes).toBe(0)
    expect(february?.uptimePercent).toBeNull()
    expect(february?.sla.status).toBe('no_data')
  })

  it('leaves out items that start on the period end, and counts instantaneous ones', () => {
    const stats = statsOf([
      makeMaintenance({ start: '2025-02-01T00:00:00.000Z', end: '2025-02-01T01:00:00.000Z' }),
      makeMaintenance({ start: at('06:00'), end: at('06:00') }),
      makeIncident({ start: at('08:00'), end: at('09:00'), impact: 'none' }),
    ])
    expect(stats.maintenanceCount).toBe(1)
    expect(stats.maintenanceMinutes).toBe(0)
    expect(stats.incidentCount).toBe(1)
    expect(stats.incidentMinutes).toBe(0)
    expect(stats.countsByImpact.none).toBe(1)
    expect(stats.uptimePercent).toBe(100)
  })
})

describe('computeVendorStats: maintenance modes', () => {
  // Major 10:00–11:00 and maintenance 10:30–12:00 on API: 30 incident and 90 maintenance minutes.
  const items = [
    makeIncident({ start: at('10:00'), end: at('11:00') }),
    makeMaintenance({ start: at('10:30'), end: at('12:00') }),
  ]

  it('excludes maintenance from downtime and from the period by default', () => {
    const stats = statsOf(items)
    expect(stats.weightedIncidentMinutes).toBeCloseTo(30, 9)
    expect(stats.maintenanceMinutes).toBeCloseTo(90, 9)
    expect(stats.uptimePercent).toBeCloseTo(100 * (1 - 30 / (JANUARY - 90)), 10)
    expect(stats.formula).toContain(
      '÷ (covered time − maintenance)); over the part of the period the data covers; maintenance excluded',
    )
  })

  it('counts maintenance as available in up mode', () => {
    const stats = statsOf(items, { maintenanceMode: 'up' })
    expect(stats.uptimePercent).toBeCloseTo(100 * (1 - 30 / JANUARY), 10)
    expect(stats.formula).toContain(
      '÷ covered time); over the part of the period the data covers; maintenance counts as up',
    )
  })

  it('counts maintenance as full downtime in down mode', () => {
    const stats = statsOf(items, { maintenanceMode: 'down' })
    expect(stats.weightedIncidentMinutes).toBeCloseTo(30, 9)
    expect(stats.uptimePercent).toBeCloseTo(100 * (1 - 120 / JANUARY), 10)
    expect(stats.formula).toContain(
      '+ 1·maintenance) ÷ covered time); over the part of the period the data covers; maintenance counts as down',
    )
  })
})

describe('computeVendorStats: methods', () => {
  // One hour at each level: major, partial, degraded, unknown.
  const items = (
    ['major_outage', 'partial_outage', 'degraded_performance', 'unknown'] as const
  ).map((impact, index) =>
    makeIncident({
      impact,
      start: at(`${10 + 2 * index}:00`),
      end: at(`${11 + 2 * index}:00`),
    }),
  )

  it.each([
    ['statuspage', 60 + 18 + 0 + 18],
    ['incidentio', 60 + 60 + 0 + 60],
    ['strict', 240],
  ] as const)('weighs the levels by the %s preset', (method, weighted) => {
    const stats = statsOf(items, { method })
    expect(stats.incidentMinutes).toBeCloseTo(240, 9)
    expect(stats.weightedIncidentMinutes).toBeCloseTo(weighted, 9)
    expect(stats.uptimePercent).toBeCloseTo(100 * (1 - weighted / JANUARY), 10)
    expect(stats.method.name).toBe(method)
  })

  it('weighs the levels by custom weights and names them in the formula', () => {
    const weights = {
      major_outage: 1,
      partial_outage: 0.5,
      degraded_performance: 0.25,
      unknown: 0.5,
    }
    const stats = statsOf(items, { method: { name: 'custom', weights } })
    expect(stats.weightedIncidentMinutes).toBeCloseTo(60 + 30 + 15 + 30, 9)
    expect(stats.formula).toBe(
      'custom method: uptime = 100 × (1 − (1·major + 0.5·partial + 0.25·degraded + 0.5·unknown) ÷ ' +
        '(covered time − maintenance)); over the part of the period the data covers; ' +
        'maintenance excluded; durations as declared; ' +
        'overlapping incidents counted once at the worst level',
    )
  })

  it('uses statuspage by default and rejects weights outside 0–1', () => {
    expect(statsOf(items).formula).toMatch(
      /^statuspage method: uptime = 100 × \(1 − \(1·major \+ 0\.3·partial \+ 0·degraded \+ 0\.3·unknown\)/,
    )
    const weights = { major_outage: 1.5, partial_outage: 0, degraded_performance: 0, unknown: 0 }
    expect(() => statsOf(items, { method: { name: 'custom', weights } })).toThrow(RangeError)
  })
})

describe('computeVendorStats: duration sources', () => {
  // Declared 16 minutes, while the updates run 25 hours (Jan 10 10:00 → Jan 11 11:00).
  const disputed = makeIncident({
    start: at('10:00'),
    end: at('10:16'),
    durationMinutes: 16,
    timeline: { start: at('10:00'), end: at('11:00', 11), durationMinutes: 1500 },
  })
  // A maintenance with no usable update timeline: declared 5 hours.
  const silent = makeMaintenance({
    start: at('22:00', 20),
    end: at('03:00', 21),
    timeline: { start: null, end: null, durationMinutes: null },
  })

  it('counts the declared figures by default', () => {
    const stats = statsOf([disputed, silent])
    expect(stats.incidentMinutes).toBeCloseTo(16, 9)
    expect(stats.mttrMinutes).toBe(16)
    expect(stats.maintenanceMinutes).toBeCloseTo(300, 9)
    expect(stats.formula).toContain('durations as declared')
    expect(stats.warnings).toEqual([])
  })

  it('counts the update timeline when asked, falling back to declared figures it lacks', () => {
    const stats = statsOf([disputed, silent], { durationSource: 'timeline' })
    expect(stats.incidentMinutes).toBeCloseTo(1500, 9)
    expect(stats.mttrMinutes).toBe(1500)
    expect(stats.longestIncidentMinutes).toBe(1500)
    expect(stats.maintenanceMinutes).toBeCloseTo(300, 9)
    expect(stats.durationSource).toBe('timeline')
    expect(stats.formula).toContain('durations from published updates')
    expect(stats.warnings).toEqual(['1 item has no usable update timeline; declared figures used'])
  })

  it('does not leave a resolved incident open because its updates never say it ended', () => {
    const unresolvedTimeline = makeIncident({
      start: at('10:00'),
      end: at('10:40'),
      timeline: { start: at('09:50'), end: null, durationMinutes: null },
    })
    const stats = statsOf([unresolvedTimeline], { durationSource: 'timeline' })
    expect(stats.incidentMinutes).toBeCloseTo(40, 9)
    expect(stats.warnings).toHaveLength(1)
    const openBoth = makeIncident({
      start: at('10:00'),
      end: null,
      timeline: { start: at('09:50'), end: null, durationMinutes: null },
    })
    const open = statsOf([openBoth], { durationSource: 'timeline', now: at('11:00') })
    expect(open.incidentMinutes).toBeCloseTo(70, 9)
    expect(open.warnings).toEqual([])
  })
})

describe('computeVendorStats: calendar series', () => {
  it('splits minutes at a month boundary', () => {
    const stats = statsOf(
      [makeIncident({ start: '2025-01-31T23:00:00.000Z', end: '2025-02-01T02:00:00.000Z' })],
      { to: '2025-03-01' },
    )
    expect(stats.months.map((month) => month.label)).toEqual(['2025-01', '2025-02'])
    expect(stats.months.map((month) => month.periodMinutes)).toEqual([JANUARY, 28 * 1440])
    expect(stats.months.map((month) => month.incidentMinutes)).toEqual([60, 120])
    expect(stats.months.map((month) => month.incidentCount)).toEqual([1, 1])
    expect(stats.months.map((month) => month.mttrMinutes)).toEqual([180, null])
    expect(stats.months[1]?.from).toBe('2025-02-01T00:00:00.000Z')
    expect(stats.incidentMinutes).toBe(180)
    expect(stats.incidentCount).toBe(1)
  })

  it('aggregates quarters from minutes, never as an average of months', () => {
    const stats = statsOf(
      [
        makeIncident({ start: at('10:00'), end: at('11:00') }),
        makeIncident({ start: '2025-03-05T10:00:00.000Z', end: '2025-03-05T12:00:00.000Z' }),
        makeMaintenance({ start: '2025-02-03T05:00:00.000Z', end: '2025-02-03T06:00:00.000Z' }),
      ],
      { to: '2025-07-01', method: 'strict' },
    )
    const [q1, q2] = stats.quarters
    expect(stats.quarters.map((quarter) => quarter.label)).toEqual(['2025-Q1', '2025-Q2'])
    expect(q1?.periodMinutes).toBe(90 * 1440)
    expect(q1?.incidentMinutes).toBe(180)
    expect(q1?.maintenanceMinutes).toBe(60)
    expect(q1?.incidentCount).toBe(2)
    expect(q1?.maintenanceCount).toBe(1)
    expect(q1?.uptimePercent).toBeCloseTo(100 * (1 - 180 / (90 * 1440 - 60)), 10)
    const months = stats.months.slice(0, 3)
    const monthMean = months.reduce((sum, month) => sum + (month.uptimePercent ?? 0), 0) / 3
    expect(Math.abs((q1?.uptimePercent ?? 0) - monthMean)).toBeGreaterThan(1e-6)
    expect(months.reduce((sum, month) => sum + month.incidentMinutes, 0)).toBe(q1?.incidentMinutes)
    expect(q2?.uptimePercent).toBe(100)
    expect(q2?.sla.status).toBe('met')
  })
})

describe('computeVendorStats: components and SLA', () => {
  it('reports each component with the required names', () => {
    const stats = statsOf(
      [
        makeIncident({ start: at('10:00'), end: at('11:00'), components: ['API'] }),
        makeIncident({ start: at('12:00'), end: at('12:30'), components: [] }),
      ],
      { components: ['Web', 'API'] },
    )
    expect(
      stats.components.map(({ name, incidentMinutes, weightedIncidentMinutes }) => ({
        name,
        incidentMinutes,
        weightedIncidentMinutes,
      })),
    ).toEqual([
      { name: 'Web', incidentMinutes: 30, weightedIncidentMinutes: 30 },
      { name: 'API', incidentMinutes: 90, weightedIncidentMinutes: 90 },
      { name: '(whole vendor)', incidentMinutes: 30, weightedIncidentMinutes: 30 },
    ])
    expect(stats.components[1]?.uptimePercent).toBeCloseTo(100 * (1 - 90 / JANUARY), 10)
    expect(stats.components[1]?.maintenanceMinutes).toBe(0)
    expect(stats.components[1]?.incidentCount).toBe(2)
  })

  it('judges the SLA of the period and of every month against the target', () => {
    // 3 hours down in January: 99.597 % meets a 99.5 % target, so no credit although it is below 99.9.
    const stats = statsOf([makeIncident({ start: at('10:00'), end: at('13:00') })], {
      to: '2025-03-01',
      target: 99.5,
    })
    expect(stats.months[0]?.sla).toEqual({
      target: 99.5,
      status: 'met',
      creditPercent: 0,
      creditTier: null,
      coveredFraction: null,
    })
    expect(stats.months[1]?.sla.status).toBe('met')
    expect(stats.months[1]?.sla.creditPercent).toBe(0)
    expect(stats.sla.status).toBe('met')
    const strict = statsOf([makeIncident({ start: at('10:00'), end: at('13:00') })], {
      target: 99.9,
      creditTiers: [{ below: 99.9, creditPercent: 5 }],
    })
    expect(strict.sla).toMatchObject({ status: 'breached', creditPercent: 5 })
  })

  it('rejects bad period bounds', () => {
    expect(() => statsOf([], { from: '2025-01-01T12:00:00Z' })).toThrow(/00:00 UTC/)
    expect(() => statsOf([], { to: '2024-12-01' })).toThrow(RangeError)
    expect(() => statsOf([], { from: 'June' })).toThrow(RangeError)
    expect(() => statsOf([], { target: 120 })).toThrow(RangeError)
  })
})
