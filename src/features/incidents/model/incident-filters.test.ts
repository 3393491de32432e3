import { describe, expect, it } from 'vitest'
import { filterParamsPatch, hasActiveFilters, parseIncidentFilters } from './incident-filters'
import { formatIncidentKey, parseIncidentKey } from './incident-key'

describe('parseIncidentFilters', () => {
  it('reads every filter from the URL', () => {
    const params = new URLSearchParams(
      'q=admin+panel&vendor=v1&component=API&kind=maintenance&impact=major_outage&state=open&range=any&sort=duration-asc',
    )
    expect(parseIncidentFilters(params)).toEqual({
      q: 'admin panel',
      vendor: 'v1',
      component: 'API',
      kind: 'maintenance',
      impact: 'major_outage',
      state: 'open',
      range: 'any',
      sort: 'duration-asc',
    })
  })

  it('falls back to no filter for unknown values', () => {
    const params = new URLSearchParams('kind=outage&impact=huge&state=maybe&sort=title&range=x')
    const filters = parseIncidentFilters(params)
    expect(filters).toMatchObject({
      kind: null,
      impact: null,
      state: null,
      sort: 'start-desc',
      range: 'period',
    })
    expect(hasActiveFilters(filters)).toBe(false)
  })

  it('ignores oversized vendor and component values', () => {
    const params = new URLSearchParams({ vendor: 'v'.repeat(301), component: 'c'.repeat(301) })
    expect(parseIncidentFilters(params)).toMatchObject({ vendor: null, component: null })
  })
})

describe('filterParamsPatch', () => {
  it('drops defaults so links stay short', () => {
    expect(
      filterParamsPatch({ sort: 'start-desc', range: 'period', q: '', kind: 'incident' }),
    ).toEqual({ sort: null, range: null, q: null, kind: 'incident' })
  })

  it('round-trips through the URL', () => {
    const patch = filterParamsPatch({ q: 'db', state: 'resolved', sort: 'start-asc' })
    const params = new URLSearchParams(
      Object.entries(patch).filter((e): e is [string, string] => e[1] !== null),
    )
    expect(parseIncidentFilters(params)).toMatchObject({
      q: 'db',
      state: 'resolved',
      sort: 'start-asc',
    })
  })
})

describe('incident keys', () => {
  it('splits at the first colon, so URL ids survive', () => {
    const key = formatIncidentKey('v1', 'https://status.example.com/incidents/abc')
    expect(parseIncidentKey(key)).toEqual({
      vendorId: 'v1',
      incidentId: 'https://status.example.com/incidents/abc',
    })
  })

  it('rejects keys without both parts', () => {
    expect(parseIncidentKey(null)).toBeNull()
    expect(parseIncidentKey('novendor')).toBeNull()
    expect(parseIncidentKey(':x')).toBeNull()
    expect(parseIncidentKey('v1:')).toBeNull()
  })
})
