import { describe, expect, it } from 'vitest'
import type { Incident } from '../model'
import { emitSegments } from './segments'
import { TIMELINE_STATES, WHOLE_VENDOR } from './states'
import { makeIncident, makeUpdate } from '../__fixtures__/make-incident'
import { computeVendorStats } from './vendor-stats'

const at = (time: string) => `2025-01-10T${time}:00.000Z`

function segmentsOf(incident: Incident): string[] {
  const found: string[] = []
  emitSegments(
    incident,
    Date.parse(incident.start),
    Date.parse(incident.end ?? ''),
    (c, s, e, st) =>
      found.push(
        `${c ?? WHOLE_VENDOR} ${new Date(s).toISOString().slice(11, 16)}–${new Date(e).toISOString().slice(11, 16)} ${TIMELINE_STATES[st]}`,
      ),
  )
  return found.sort()
}

/** Statuspage-style per-update component changes, resolved at 12:00 without a final change. */
const changing = makeIncident({
  start: at('10:00'),
  end: at('12:00'),
  components: ['API', 'Web', 'DB'],
  updates: [
    makeUpdate(at('10:00'), [
      { component: 'API', from: 'operational', to: 'partial_outage' },
      { component: 'Web', from: null, to: 'degraded_performance' },
    ]),
    makeUpdate(at('10:30'), [{ component: 'API', from: 'partial_outage', to: 'major_outage' }]),
    makeUpdate(at('10:45'), [{ component: 'Cache', from: 'partial_outage', to: 'operational' }]),
    makeUpdate(at('11:00'), [
      { component: 'Web', from: 'degraded_performance', to: 'operational' },
    ]),
    makeUpdate(at('11:30'), [{ component: 'API', from: 'major_outage', to: 'under_maintenance' }]),
  ],
})

describe('emitSegments', () => {
  it('follows per-update component changes exactly', () => {
    expect(segmentsOf(changing)).toEqual([
      'API 10:00–10:30 partial_outage',
      'API 10:30–11:30 major_outage',
      'API 11:30–12:00 maintenance',
      'Cache 10:00–10:45 partial_outage',
      'DB 10:00–12:00 major_outage',
      'Web 10:00–11:00 degraded_performance',
    ])
  })

  it('gives one level for the whole span without changes, and the whole vendor without components', () => {
    const plain = makeIncident({ start: at('10:00'), end: at('11:00'), components: ['API', 'Web'] })
    expect(segmentsOf(plain)).toEqual([
      'API 10:00–11:00 major_outage',
      'Web 10:00–11:00 major_outage',
    ])
    const vendorWide = makeIncident({ start: at('10:00'), end: at('11:00'), components: [] })
    expect(segmentsOf(vendorWide)).toEqual([`${WHOLE_VENDOR} 10:00–11:00 major_outage`])
  })

  it('clips changes to the span of the chosen duration source', () => {
    const declared = { ...changing, end: at('10:40') } as Incident
    expect(segmentsOf(declared)).toEqual([
      'API 10:00–10:30 partial_outage',
      'API 10:30–10:40 major_outage',
      'Cache 10:00–10:40 partial_outage',
      'DB 10:00–10:40 major_outage',
      'Web 10:00–10:40 degraded_performance',
    ])
  })
})

describe('component changes in the figures', () => {
  it('weighs each component by its own level over time', () => {
    const stats = computeVendorStats([changing], {
      from: '2025-01-01',
      to: '2025-02-01',
      now: '2026-01-01T00:00:00Z',
    })
    const api = stats.components.find((component) => component.name === 'API')
    // 30 min partial (0.3) + 60 min major (1); the last 30 minutes are maintenance.
    expect(api?.incidentMinutes).toBeCloseTo(90, 9)
    expect(api?.weightedIncidentMinutes).toBeCloseTo(69, 9)
    expect(api?.maintenanceMinutes).toBeCloseTo(30, 9)
    // Vendor: DB is in a major outage 10:00–12:00, which outranks API's maintenance.
    expect(stats.incidentMinutes).toBeCloseTo(120, 9)
    expect(stats.weightedIncidentMinutes).toBeCloseTo(120, 9)
    expect(stats.maintenanceMinutes).toBe(0)
    expect(stats.components.map((component) => component.name)).toEqual([
      'API',
      'Cache',
      'DB',
      'Web',
    ])
  })
})
