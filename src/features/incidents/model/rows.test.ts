import { describe, expect, it } from 'vitest'
import { makeIncident, makeMaintenance, makeUpdate } from '../../../core/__fixtures__/make-incident'
import type { Incident } from '../../../core/model'
import { componentOptions } from './facets'
import { findRow } from './find-row'
import { parseIncidentFilters, type IncidentFilters } from './incident-filters'
import { filterRows, overlapsPeriod, periodBounds } from './filter-rows'
import { joinRows, vendorRows, type IncidentRow } from './incident-rows'
import { searchIndexFor } from './search-index'
import { sortRows } from './sort-rows'

const withText = (incident: Incident, text: string): Incident => ({
  ...incident,
  updates: [{ ...makeUpdate(incident.start), status: 'Investigating', text }],
})

const admin = withText(
  makeIncident({ title: 'Degraded access to admin panel', components: ['Admin'] }),
  'We are looking into it.',
)
const database = withText(
  makeIncident({
    title: 'Elevated errors',
    start: '2025-03-01T08:00:00.000Z',
    end: '2025-03-01T12:00:00.000Z',
    components: ['API', 'Webhooks'],
    impact: 'partial_outage',
  }),
  'A failover of the primary DATABASE cluster is in progress.',
)
const open = makeIncident({
  title: 'Ongoing slowness',
  start: '2025-05-01T00:00:00.000Z',
  end: null,
})
const window = makeMaintenance({
  title: 'Network maintenance',
  start: '2025-02-01T05:00:00.000Z',
  end: '2025-02-01T06:00:00.000Z',
})

const acme = [admin, database, open]
const beta = [window]
const rows = [
  ...vendorRows(
    { vendorId: 'acme', vendorName: 'Acme', incidents: acme, capturedAt: null },
    'declared',
  ),
  ...vendorRows(
    { vendorId: 'beta', vendorName: 'Beta', incidents: beta, capturedAt: null },
    'declared',
  ),
]
const everything = { fromMs: 0, toMs: Date.parse('2030-01-01T00:00:00Z') }
const now = Date.parse('2025-06-01T00:00:00Z')

function titles(filters: Partial<IncidentFilters>, bounds = everything): string[] {
  const all = { ...parseIncidentFilters(new URLSearchParams()), ...filters }
  return filterRows(rows, all, bounds, now).map((row) => row.incident.title)
}

describe('search', () => {
  it('finds a title by every word, in any case', () => {
    expect(titles({ q: 'Admin PANEL' })).toEqual(['Degraded access to admin panel'])
  })

  it('finds a word that only an update text holds', () => {
    expect(titles({ q: 'database' })).toEqual(['Elevated errors'])
  })

  it('requires every term', () => {
    expect(titles({ q: 'admin database' })).toEqual([])
  })

  it('builds the index once per incident list', () => {
    expect(searchIndexFor(acme)).toBe(searchIndexFor(acme))
    expect(searchIndexFor([...acme])).not.toBe(searchIndexFor(acme))
  })
})

describe('filters', () => {
  it('narrows by vendor, kind, impact, component and state', () => {
    expect(titles({ vendor: 'beta' })).toEqual(['Network maintenance'])
    expect(titles({ kind: 'maintenance' })).toEqual(['Network maintenance'])
    expect(titles({ impact: 'partial_outage' })).toEqual(['Elevated errors'])
    expect(titles({ component: 'Webhooks' })).toEqual(['Elevated errors'])
    expect(titles({ state: 'open' })).toEqual(['Ongoing slowness'])
    expect(titles({ state: 'resolved' })).not.toContain('Ongoing slowness')
  })

  it('keeps incidents that overlap the period, and open ones until now', () => {
    const march = periodBounds({ from: '2025-03-01', to: '2025-04-01' })
    expect(titles({}, march)).toEqual(['Elevated errors'])
    const june = periodBounds({ from: '2025-05-31', to: '2025-06-02' })
    expect(titles({}, june)).toEqual(['Ongoing slowness'])
    expect(titles({ range: 'any' }, march)).toHaveLength(4)
  })

  it('counts an incident that ends exactly at the period start', () => {
    const row = rows.find((r) => r.incident === window) as IncidentRow
    const bounds = periodBounds({ from: '2025-02-01', to: '2025-02-02' })
    expect(overlapsPeriod(row, bounds, now)).toBe(true)
    expect(overlapsPeriod(row, periodBounds({ from: '2025-02-02', to: '2025-03-01' }), now)).toBe(
      false,
    )
  })
})

describe('sortRows', () => {
  const order = (sort: Parameters<typeof sortRows>[1]) =>
    sortRows(rows, sort).map((row) => row.incident.title)

  it('sorts by start both ways', () => {
    expect(order('start-desc')).toEqual([
      'Ongoing slowness',
      'Elevated errors',
      'Network maintenance',
      'Degraded access to admin panel',
    ])
    expect(order('start-asc')[0]).toBe('Degraded access to admin panel')
  })

  it('sorts by duration both ways, open incidents last', () => {
    expect(order('duration-desc')).toEqual([
      'Elevated errors',
      'Network maintenance',
      'Degraded access to admin panel',
      'Ongoing slowness',
    ])
    expect(order('duration-asc')).toEqual([
      'Network maintenance',
      'Degraded access to admin panel',
      'Elevated errors',
      'Ongoing slowness',
    ])
  })
})

describe('rows', () => {
  it('reuses a vendor row list until its incidents, name or duration source change', () => {
    const a = vendorRows(
      { vendorId: 'acme', vendorName: 'Acme', incidents: acme, capturedAt: null },
      'declared',
    )
    expect(
      vendorRows(
        { vendorId: 'acme', vendorName: 'Acme', incidents: acme, capturedAt: null },
        'declared',
      ),
    ).toBe(a)
    const renamed = vendorRows(
      { vendorId: 'acme', vendorName: 'Acme 2', incidents: acme, capturedAt: null },
      'declared',
    )
    expect(renamed).not.toBe(a)
    expect(renamed[0]?.vendorName).toBe('Acme 2')
  })

  it('reads spans by the chosen duration source', () => {
    const skewed = makeIncident({
      timeline: {
        start: '2025-01-10T09:00:00.000Z',
        end: '2025-01-10T13:00:00.000Z',
        durationMinutes: 240,
      },
    })
    const [declared] = vendorRows(
      { vendorId: 'x', vendorName: 'X', incidents: [skewed], capturedAt: null },
      'declared',
    )
    const [timeline] = vendorRows(
      { vendorId: 'x', vendorName: 'X', incidents: [skewed], capturedAt: null },
      'timeline',
    )
    expect(declared?.durationMinutes).toBe(60)
    expect(timeline?.durationMinutes).toBe(240)
    expect(timeline?.startMs).toBe(Date.parse('2025-01-10T09:00:00.000Z'))
  })

  it('joins parts only when one of them changed', () => {
    const first = joinRows([rows], null)
    expect(joinRows([rows], first)).toBe(first)
    expect(joinRows([rows.slice(1)], first)).not.toBe(first)
  })

  it('offers the components of the chosen vendor', () => {
    expect(componentOptions(rows, 'acme')).toEqual(['Admin', 'API', 'Webhooks'])
    expect(componentOptions(rows, null)).toEqual(['Admin', 'API', 'Webhooks'])
    expect(componentOptions(rows, 'beta')).toEqual(['API'])
  })
})

describe('findRow', () => {
  it('finds an incident by vendor and id, or by an alias', () => {
    const merged = makeIncident({ title: 'Merged', aliases: ['old-id'] })
    const list = vendorRows(
      { vendorId: 'v', vendorName: 'V', incidents: [merged], capturedAt: null },
      'declared',
    )
    expect(findRow(list, `v:${merged.id}`)?.incident.title).toBe('Merged')
    expect(findRow(list, 'v:old-id')?.incident.title).toBe('Merged')
    expect(findRow(list, `other:${merged.id}`)).toBeNull()
    expect(findRow(list, 'garbage')).toBeNull()
  })
})
