import { describe, expect, it } from 'vitest'
import { TIMELINE_STATES, WHOLE_VENDOR } from './states'
import type { StateTimeline } from './sweep'
import { makeIncident, makeMaintenance } from '../__fixtures__/make-incident'
import { buildVendorTimeline } from './timeline'

const NOW = '2026-01-01T00:00:00.000Z'
const at = (time: string) => `2025-01-10T${time}:00.000Z`

/** Runs as readable [from, to, state] triples (HH:MM on 2025-01-10). */
function runs(timeline: StateTimeline | undefined): [string, string, string][] {
  if (!timeline) return []
  return Array.from({ length: timeline.length }, (_, i) => [
    new Date(timeline.starts[i] ?? 0).toISOString().slice(11, 16),
    new Date(timeline.ends[i] ?? 0).toISOString().slice(11, 16),
    TIMELINE_STATES[timeline.states[i] ?? 0] ?? '?',
  ])
}

describe('buildVendorTimeline', () => {
  it('keeps the worst level where two incidents on one component overlap', () => {
    const timeline = buildVendorTimeline(
      [
        makeIncident({ start: at('10:00'), end: at('11:00'), impact: 'major_outage' }),
        makeIncident({ start: at('10:30'), end: at('12:00'), impact: 'partial_outage' }),
      ],
      { now: NOW },
    )
    expect(runs(timeline.components[0]?.timeline)).toEqual([
      ['10:00', '11:00', 'major_outage'],
      ['11:00', '12:00', 'partial_outage'],
    ])
    expect(runs(timeline.vendor)).toEqual(runs(timeline.components[0]?.timeline))
  })

  it('takes the worst level over components for the vendor', () => {
    const timeline = buildVendorTimeline(
      [
        makeIncident({ start: at('10:00'), end: at('11:00'), components: ['API'] }),
        makeIncident({
          start: at('10:30'),
          end: at('11:30'),
          components: ['Web'],
          impact: 'partial_outage',
        }),
      ],
      { now: NOW },
    )
    expect(runs(timeline.vendor)).toEqual([
      ['10:00', '11:00', 'major_outage'],
      ['11:00', '11:30', 'partial_outage'],
    ])
  })

  it('lets maintenance hide incidents on its own component but not on another', () => {
    const timeline = buildVendorTimeline(
      [
        makeMaintenance({ start: at('10:00'), end: at('11:00'), components: ['API'] }),
        makeIncident({ start: at('10:30'), end: at('11:30'), components: ['API'] }),
        makeIncident({ start: at('10:15'), end: at('10:45'), components: ['Web'] }),
      ],
      { now: NOW },
    )
    expect(runs(timeline.components[0]?.timeline)).toEqual([
      ['10:00', '11:00', 'maintenance'],
      ['11:00', '11:30', 'major_outage'],
    ])
    expect(runs(timeline.vendor)).toEqual([
      ['10:00', '10:15', 'maintenance'],
      ['10:15', '10:45', 'major_outage'],
      ['10:45', '11:00', 'maintenance'],
      ['11:00', '11:30', 'major_outage'],
    ])
  })

  it('counts an item without components against every component and the whole vendor', () => {
    const timeline = buildVendorTimeline(
      [
        makeIncident({ start: at('10:00'), end: at('11:00'), components: [] }),
        makeIncident({
          start: at('09:00'),
          end: at('10:30'),
          components: ['API'],
          impact: 'partial_outage',
        }),
      ],
      { now: NOW, components: ['Web', 'API'] },
    )
    expect(timeline.components.map((row) => row.name)).toEqual(['Web', 'API', WHOLE_VENDOR])
    expect(runs(timeline.components[0]?.timeline)).toEqual([['10:00', '11:00', 'major_outage']])
    expect(runs(timeline.components[1]?.timeline)).toEqual([
      ['09:00', '10:00', 'partial_outage'],
      ['10:00', '11:00', 'major_outage'],
    ])
    expect(runs(timeline.components[2]?.timeline)).toEqual([['10:00', '11:00', 'major_outage']])
    expect(runs(timeline.vendor)).toEqual(runs(timeline.components[1]?.timeline))
    expect(timeline.components[0]?.items).toHaveLength(1)
    expect(timeline.components[1]?.items).toHaveLength(2)
  })

  it('lets a vendor-wide maintenance hide incidents on every component', () => {
    const timeline = buildVendorTimeline(
      [
        makeMaintenance({ start: at('10:00'), end: at('11:00'), components: [] }),
        makeIncident({ start: at('10:30'), end: at('11:30'), components: ['API'] }),
      ],
      { now: NOW },
    )
    expect(runs(timeline.vendor)).toEqual([
      ['10:00', '11:00', 'maintenance'],
      ['11:00', '11:30', 'major_outage'],
    ])
  })

  it('runs an open incident until now, and leaves out items that start after now', () => {
    const timeline = buildVendorTimeline(
      [
        makeIncident({ start: at('10:00'), end: null }),
        makeMaintenance({ start: at('13:00'), end: at('14:00') }),
      ],
      { now: at('12:00') },
    )
    expect(runs(timeline.vendor)).toEqual([['10:00', '12:00', 'major_outage']])
    expect(timeline.items).toHaveLength(1)
    expect(timeline.warnings).toEqual(['1 item starting after now left out'])
  })

  it('cuts an item in progress at now even when its end is declared in the future', () => {
    const timeline = buildVendorTimeline(
      [makeMaintenance({ start: at('11:00'), end: at('13:00') })],
      { now: at('12:00') },
    )
    expect(runs(timeline.vendor)).toEqual([['11:00', '12:00', 'maintenance']])
    expect(timeline.items[0]?.end).toBe(Date.parse(at('12:00')))
  })

  it('gives incidents declared with impact none no minutes', () => {
    const timeline = buildVendorTimeline(
      [makeIncident({ start: at('10:00'), end: at('11:00'), impact: 'none' })],
      { now: NOW },
    )
    expect(timeline.vendor.length).toBe(0)
    expect(timeline.items).toHaveLength(1)
  })

  it('rejects an unreadable now and reports unreadable items', () => {
    expect(() => buildVendorTimeline([], { now: 'soon' })).toThrow(RangeError)
    const timeline = buildVendorTimeline([makeIncident({ start: 'yesterday' })], { now: NOW })
    expect(timeline.items).toHaveLength(0)
    expect(timeline.warnings).toEqual(['1 item with unreadable dates left out'])
  })
})
