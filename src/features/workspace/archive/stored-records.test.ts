import { describe, expect, it } from 'vitest'
import { makeIncident } from './__fixtures__/archive-fixtures'
import type { IncidentRecord, SourceRecord } from './archive-types'
import { checkStoredRecords, readStoredIncident, readStoredSource } from './stored-records'

const incidentRecord = (overrides: Record<string, unknown> = {}): IncidentRecord => {
  const incident = makeIncident({ id: 'a', ...overrides })
  return { vendorId: 'v', sourceId: 's', incidentId: incident.id, incident }
}

const sourceRecord: SourceRecord = {
  vendorId: 'v',
  sourceId: 's',
  intervals: [{ from: '2025-01-01T00:00:00.000Z', to: '2025-02-01T00:00:00.000Z' }],
  lastLoadedAt: '2025-02-01T00:00:00.000Z',
  format: 'statuspage-atom',
  feedVendorName: 'Acme',
  warningsCount: 0,
}

const problemOf = (outcome: { ok: boolean; problem?: string }) =>
  outcome.ok ? 'valid' : outcome.problem

describe('readStoredIncident', () => {
  it('returns a valid record unchanged', () => {
    const record = incidentRecord()
    expect(readStoredIncident(record)).toEqual({ ok: true, record })
  })

  it('refuses a start that is a number, naming the field', () => {
    expect(problemOf(readStoredIncident(incidentRecord({ start: 12345 })))).toMatch(
      /^incident\.start: /,
    )
  })

  it('refuses components stored as one string instead of a list', () => {
    expect(problemOf(readStoredIncident(incidentRecord({ components: 'API' })))).toMatch(
      /^incident\.components: .*array/,
    )
  })

  it('refuses an incident that breaks the parsers’ invariants', () => {
    const ended = incidentRecord({ end: '2020-01-01T00:00:00.000Z', durationMinutes: 5 })
    expect(problemOf(readStoredIncident(ended))).toContain('ends after it starts')
  })

  it('refuses a record whose key does not match its incident', () => {
    expect(problemOf(readStoredIncident({ ...incidentRecord(), incidentId: 'b' }))).toBe(
      'incidentId: The key does not match the incident id.',
    )
  })

  it.each([
    ['text'],
    [42],
    [null],
    [undefined],
    [[1, 2]],
    [{ ...incidentRecord(), incident: 'x' }],
  ])('refuses %j, which is not an incident record', (value) => {
    expect(readStoredIncident(value).ok).toBe(false)
  })

  it('refuses a link that is not http(s), as an archive file would', () => {
    expect(problemOf(readStoredIncident(incidentRecord({ url: 'javascript:alert(1)' })))).toMatch(
      /^incident\.url: Only http/,
    )
  })
})

describe('readStoredSource', () => {
  it('returns a valid source record', () => {
    expect(readStoredSource(sourceRecord)).toEqual({ ok: true, record: sourceRecord })
  })

  it.each([
    ['intervals that are not a list', { intervals: 'all of 2025' }],
    ['an interval that ends before it starts', { intervals: [{ from: 'b', to: 'a' }] }],
    ['an unknown format', { format: 'csv' }],
    ['a negative warnings count', { warningsCount: -1 }],
    ['no vendor id', { vendorId: undefined }],
  ])('refuses %s', (_name, overrides) => {
    expect(readStoredSource({ ...sourceRecord, ...overrides }).ok).toBe(false)
  })
})

describe('checkStoredRecords', () => {
  it('keeps the valid records and sets the others aside with their keys and problems', () => {
    const good = incidentRecord()
    const badStart = incidentRecord({ id: 'b', start: 12345 })
    const checked = checkStoredRecords({
      incidents: {
        keys: [
          ['v', 's', 'a'],
          ['v', 's', 'b'],
        ],
        values: [good, badStart],
      },
      sources: {
        keys: [
          ['v', 's'],
          ['v', 't'],
        ],
        values: [sourceRecord, 'not a record'],
      },
    })
    expect(checked.incidents).toEqual([good])
    expect(checked.sources).toEqual([sourceRecord])
    expect(checked.bad.map(({ store, key, value }) => ({ store, key, value }))).toEqual([
      { store: 'incidents', key: ['v', 's', 'b'], value: badStart },
      { store: 'sources', key: ['v', 't'], value: 'not a record' },
    ])
    expect(checked.bad.every((bad) => bad.problem.length > 0)).toBe(true)
  })
})
