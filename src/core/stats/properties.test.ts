import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COMPONENT_STATUSES, IMPACT_LEVELS, type Incident } from '../model'
import { METHOD_PRESETS, type UptimeMethod } from './methods'
import { makeIncident, makeUpdate } from '../__fixtures__/make-incident'
import { parseInstant } from '../time/parse-instant'
import { toIsoString } from './time-range'
import { MAINTENANCE_MODES } from './weighted-levels'
import { computeVendorStats, type StatsOptions, type VendorStats } from './vendor-stats'
import { DAY_MS, MINUTE_MS } from '../time/instants'

const BASE = Date.UTC(2025, 0, 1)
const DAYS = 59 // 2025-01-01 → 2025-03-01
const COMPONENTS = ['A', 'B', 'C']
const iso = (minutes: number) => toIsoString(BASE + minutes * MINUTE_MS)

const changeArbitrary = fc.record({
  offset: fc.integer({ min: -30, max: 3 * 1440 }),
  component: fc.constantFrom(...COMPONENTS),
  from: fc.constantFrom(null, ...COMPONENT_STATUSES),
  to: fc.constantFrom(...COMPONENT_STATUSES),
})

const incidentArbitrary: fc.Arbitrary<Incident> = fc
  .record({
    kind: fc.constantFrom('incident' as const, 'maintenance' as const),
    impact: fc.constantFrom(...IMPACT_LEVELS),
    start: fc.integer({ min: -10 * 1440, max: (DAYS + 10) * 1440 }),
    duration: fc.option(fc.integer({ min: 0, max: 3 * 1440 }), { nil: null, freq: 8 }),
    timelineDuration: fc.option(fc.integer({ min: 0, max: 3 * 1440 }), { nil: null }),
    components: fc.subarray(COMPONENTS),
    changes: fc.array(changeArbitrary, { maxLength: 4 }),
  })
  .map((draw) => {
    const end = draw.duration === null ? null : iso(draw.start + draw.duration)
    const timelineEnd =
      draw.timelineDuration === null ? null : iso(draw.start + draw.timelineDuration)
    return makeIncident({
      kind: draw.kind,
      impact: draw.kind === 'maintenance' ? 'none' : draw.impact,
      start: iso(draw.start),
      end,
      durationMinutes: draw.duration,
      timeline: {
        start: iso(draw.start),
        end: timelineEnd,
        durationMinutes: draw.timelineDuration,
      },
      components: draw.components,
      updates: draw.changes.map(({ offset, ...change }) =>
        makeUpdate(iso(draw.start + offset), [change]),
      ),
    })
  })

const weight = fc.integer({ min: 0, max: 100 }).map((value) => value / 100)
const methodArbitrary: fc.Arbitrary<UptimeMethod> = fc.oneof(
  fc
    .constantFrom(...METHOD_PRESETS)
    .map((preset) => ({ name: preset.name, weights: { ...preset.weights } })),
  fc
    .record({
      major_outage: weight,
      partial_outage: weight,
      degraded_performance: weight,
      unknown: weight,
    })
    .map((weights) => ({ name: 'custom' as const, weights })),
)

const optionsArbitrary = fc.record({
  method: methodArbitrary,
  maintenanceMode: fc.constantFrom(...MAINTENANCE_MODES),
  durationSource: fc.constantFrom('declared' as const, 'timeline' as const),
  now: fc.integer({ min: -5 * 1440, max: (DAYS + 20) * 1440 }).map(iso),
})

const run = (
  incidents: Incident[],
  options: Omit<StatsOptions, 'from' | 'to'>,
  from = '2025-01-01',
  to = '2025-03-01',
) => computeVendorStats(incidents, { ...options, from, to })

const EPSILON = 1e-6

function expectWithinPeriod(figures: VendorStats | VendorStats['months'][number]): void {
  expect(figures.weightedIncidentMinutes).toBeLessThanOrEqual(figures.periodMinutes + EPSILON)
  expect(figures.weightedIncidentMinutes).toBeLessThanOrEqual(figures.incidentMinutes + EPSILON)
  expect(figures.incidentMinutes + figures.maintenanceMinutes).toBeLessThanOrEqual(
    figures.periodMinutes + EPSILON,
  )
  if (figures.uptimePercent !== null) {
    expect(figures.uptimePercent).toBeGreaterThanOrEqual(-EPSILON)
    expect(figures.uptimePercent).toBeLessThanOrEqual(100 + EPSILON)
  }
}

describe('properties over random incident sets', () => {
  it('never weighs more minutes than the period holds', () => {
    fc.assert(
      fc.property(
        fc.array(incidentArbitrary, { maxLength: 25 }),
        optionsArbitrary,
        (incidents, options) => {
          const stats = run(incidents, options)
          for (const figures of [stats, ...stats.months, ...stats.quarters])
            expectWithinPeriod(figures)
          for (const component of stats.components) {
            expect(component.weightedIncidentMinutes).toBeLessThanOrEqual(
              stats.periodMinutes + EPSILON,
            )
          }
        },
      ),
    )
  })

  it('never changes a figure when a duplicate is added', () => {
    const copyKinds = ['same', 'alias', 'content'] as const
    fc.assert(
      fc.property(
        fc.array(incidentArbitrary, { minLength: 1, maxLength: 20 }),
        optionsArbitrary,
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...copyKinds),
        (incidents, options, pick, position, kind) => {
          const original = incidents[pick % incidents.length] as Incident
          const copy: Incident =
            kind === 'same'
              ? structuredClone(original)
              : {
                  ...structuredClone(original),
                  id: `${original.id}-copy`,
                  aliases: kind === 'alias' ? [original.id] : [],
                }
          const withCopy = [...incidents]
          withCopy.splice(position % (incidents.length + 1), 0, copy)
          expect(run(withCopy, options)).toEqual(run(incidents, options))
        },
      ),
    )
  })

  it('gives minutes that add up when the period is split in two', () => {
    fc.assert(
      fc.property(
        fc.array(incidentArbitrary, { maxLength: 25 }),
        optionsArbitrary,
        fc.integer({ min: 1, max: DAYS - 1 }),
        (incidents, options, splitDay) => {
          const middle = toIsoString(BASE + splitDay * DAY_MS).slice(0, 10)
          const whole = run(incidents, options)
          const parts = [
            run(incidents, options, '2025-01-01', middle),
            run(incidents, options, middle, '2025-03-01'),
          ]
          const keys = [
            'periodMinutes',
            'incidentMinutes',
            'weightedIncidentMinutes',
            'maintenanceMinutes',
          ] as const
          for (const key of keys) {
            expect((parts[0]?.[key] ?? 0) + (parts[1]?.[key] ?? 0)).toBeCloseTo(whole[key], 6)
            expect(whole.months.reduce((sum, month) => sum + month[key], 0)).toBeCloseTo(
              whole[key],
              6,
            )
            whole.components.forEach((component, index) => {
              const split =
                (parts[0]?.components[index]?.[key] ?? 0) +
                (parts[1]?.components[index]?.[key] ?? 0)
              expect(split).toBeCloseTo(component[key], 6)
            })
          }
        },
      ),
    )
  })
})

describe('properties of the helpers', () => {
  it('reads every canonical ISO instant exactly as Date does', () => {
    const dates = fc.date({
      min: new Date('1970-01-01T00:00:00Z'),
      max: new Date('2400-12-31T23:59:59Z'),
      noInvalidDate: true,
    })
    fc.assert(
      fc.property(dates, fc.boolean(), (date, withMillis) => {
        const text = withMillis ? date.toISOString() : `${date.toISOString().slice(0, 19)}Z`
        expect(parseInstant(text)).toBe(Date.parse(text))
      }),
    )
  })

  it('gives the same figures whatever the order of the items', () => {
    fc.assert(
      fc.property(
        fc.array(incidentArbitrary, { maxLength: 20 }),
        optionsArbitrary,
        fc.nat(),
        (incidents, options, seed) => {
          const shuffled = incidents
            .map((incident, index) => ({ incident, key: (index * 7919 + seed) % 1009 }))
            .sort((a, b) => a.key - b.key)
            .map(({ incident }) => incident)
          expect(run(shuffled, options)).toEqual(run(incidents, options))
        },
      ),
    )
  })
})
