import { describe, expect, it } from 'vitest'
import { readFixture } from '../../__fixtures__/fixtures'
import { parseFeedWith } from '../parse-feed'
import { gcpJsonAdapter } from './gcp-json'

function parse(text: string) {
  const outcome = parseFeedWith([gcpJsonAdapter], text)
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

const gcp = parse(readFixture('real/gcp-incidents-2022-07.json'))
const byId = (id: string) => gcp.incidents.find((incident) => incident.id === id)

function incidentJson(overrides: Record<string, unknown> = {}) {
  return {
    id: 'abc',
    external_desc: 'Cloud SQL is down',
    begin: '2022-01-01T10:00:00+00:00',
    end: '2022-01-01T11:00:00+00:00',
    modified: '2022-01-01T11:05:00+00:00',
    status_impact: 'SERVICE_OUTAGE',
    severity: 'high',
    service_name: 'Google Cloud SQL',
    affected_products: [{ title: 'Google Cloud SQL', id: 'x' }],
    uri: 'incidents/abc',
    updates: [
      { when: '2022-01-01T11:00:00+00:00', status: 'AVAILABLE', text: 'Fixed.' },
      { when: '2022-01-01T10:05:00+00:00', status: 'SERVICE_OUTAGE', text: 'We are **looking**.' },
    ],
    ...overrides,
  }
}

describe('gcpJsonAdapter on the July 2022 export', () => {
  it('reads all 157 incidents without a warning', () => {
    expect(gcp.format).toBe('gcp-json')
    expect(gcp.vendor).toBe('Google Cloud')
    expect(gcp.incidents).toHaveLength(157)
    expect(gcp.warnings).toEqual([])
    expect(gcp.incidents.every((i) => i.kind === 'incident' && i.end !== null)).toBe(true)
  })

  it('covers the earliest begin to the latest modification', () => {
    expect(gcp.coverage).toEqual({ from: '2021-07-07T21:25:00Z', to: '2022-07-01T19:25:45Z' })
  })

  it('takes the impact from status_impact, never inferred', () => {
    const count = (level: string) => gcp.incidents.filter((i) => i.impact === level).length
    expect(count('major_outage')).toBe(20)
    expect(count('partial_outage')).toBe(118)
    expect(count('degraded_performance')).toBe(19)
    expect(gcp.incidents.some((i) => i.impactInferred)).toBe(false)
  })

  it('keeps all 770 updates and names products, never "Multiple Products"', () => {
    expect(gcp.incidents.reduce((n, i) => n + i.updates.length, 0)).toBe(770)
    expect(gcp.incidents.every((i) => i.components.length > 0)).toBe(true)
    expect(gcp.incidents.some((i) => i.components.includes('Multiple Products'))).toBe(false)
  })

  it('reads the BigQuery Read API incident from begin to end', () => {
    const incident = byId('TaA75H7XA1DQyM2ReK2f')
    expect(incident).toMatchObject({
      title: '[Google BigQuery] Lower throughput from the Read API',
      url: 'https://status.cloud.google.com/incidents/TaA75H7XA1DQyM2ReK2f',
      components: ['Google BigQuery'],
      impact: 'degraded_performance',
      start: '2022-07-01T13:37:44Z',
      end: '2022-07-01T19:25:45Z',
    })
    expect(incident?.durationMinutes).toBeCloseTo(348.0167, 3)
    expect(incident?.updates.map((u) => [u.at, u.status])).toEqual([
      ['2022-07-01T14:04:53Z', 'SERVICE_INFORMATION'],
      ['2022-07-01T14:54:19Z', 'SERVICE_INFORMATION'],
      ['2022-07-01T16:46:20Z', 'SERVICE_INFORMATION'],
      ['2022-07-01T17:48:07Z', 'SERVICE_INFORMATION'],
      ['2022-07-01T19:25:45Z', 'AVAILABLE'],
    ])
  })

  it('keeps the declared 93 minutes of a report posted after the end, and flags the gap', () => {
    const incident = byId('iAgVMxJUfE1J9et7j9KB')
    expect(incident).toMatchObject({
      title: 'Google Cloud Networking packet loss issue',
      impact: 'major_outage',
      start: '2022-06-16T08:11:00Z',
      end: '2022-06-16T09:44:00Z',
      durationMinutes: 93,
      declaredDurationMinutes: 93,
      components: [
        'Hybrid Connectivity',
        'Virtual Private Cloud (VPC)',
        'Google Cloud Networking',
        'Cloud NAT',
      ],
    })
    expect(incident?.flags).toContain('duration_discrepancy')
    const report = incident?.updates.at(-1)
    expect(report?.at).toBe('2022-06-17T00:10:38Z')
    expect(report?.bodyFormat).toBe('markdown')
    expect(report?.body.startsWith('# MINI INCIDENT REPORT\n')).toBe(true)
    expect(report?.text.startsWith('MINI INCIDENT REPORT\n')).toBe(true)
    expect(report?.text).toContain('Incident Start: 16 June 2022 01:11')
  })
})

describe('gcpJsonAdapter on edge cases', () => {
  it('leaves an incident without an end open', () => {
    const feed = parse(JSON.stringify([incidentJson({ end: null, updates: [] })]))
    expect(feed.incidents[0]).toMatchObject({ start: '2022-01-01T10:00:00Z', end: null })
    expect(feed.incidents[0]?.durationMinutes).toBeNull()
  })

  it('turns Markdown into plain text and keeps the raw body', () => {
    const update = parse(JSON.stringify([incidentJson()])).incidents[0]?.updates[0]
    expect(update).toMatchObject({ text: 'We are looking.', body: 'We are **looking**.' })
  })

  it('falls back to severity, then to the title, when status_impact is missing', () => {
    const bySeverity = incidentJson({ id: 'a', status_impact: null, severity: 'medium' })
    const byTitle = incidentJson({
      id: 'b',
      external_desc: 'Cloud SQL is unavailable',
      status_impact: null,
      severity: null,
    })
    const feed = parse(JSON.stringify([bySeverity, byTitle]))
    const impacts = feed.incidents.map((i) => [i.id, i.impact, i.impactInferred])
    expect(impacts).toContainEqual(['a', 'partial_outage', false])
    expect(impacts).toContainEqual(['b', 'major_outage', true])
  })

  it('uses service_name only when it names one product', () => {
    const single = incidentJson({ id: 'a', affected_products: [] })
    const multiple = incidentJson({
      id: 'b',
      affected_products: [],
      service_name: 'Multiple Products',
    })
    const feed = parse(JSON.stringify([single, multiple]))
    expect(feed.incidents.find((i) => i.id === 'a')?.components).toEqual(['Google Cloud SQL'])
    expect(feed.incidents.find((i) => i.id === 'b')?.components).toEqual([])
  })

  it('skips a malformed incident or update with a warning and keeps the rest', () => {
    const broken = incidentJson({ id: 'broken', begin: 'yesterday' })
    const badUpdate = incidentJson({ id: 'ok', updates: [{ status: 'AVAILABLE' }] })
    const feed = parse(JSON.stringify([broken, 42, badUpdate]))
    expect(feed.incidents.map((i) => i.id)).toEqual(['ok'])
    expect(feed.warnings).toHaveLength(3)
    expect(feed.warnings[0]).toContain('begin "yesterday" is not a readable date')
  })

  it('drops a uri that is not a web address', () => {
    const feed = parse(JSON.stringify([incidentJson({ uri: 'javascript:alert(1)' })]))
    expect(feed.incidents[0]?.url).toBeNull()
  })
})
