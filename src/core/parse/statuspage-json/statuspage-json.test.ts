import { describe, expect, it } from 'vitest'
import { readFixture } from '../../__fixtures__/fixtures'
import type { Incident } from '../../model'
import { parseFeedWith } from '../parse-feed'
import { incidentioJsonAdapter, statuspageJsonAdapter } from './index'

function parse(path: string) {
  const outcome = parseFeedWith([statuspageJsonAdapter, incidentioJsonAdapter], readFixture(path))
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

const byId = (incidents: Incident[], id: string) => {
  const found = incidents.find((i) => i.id === id)
  if (!found) throw new Error(`no incident ${id}`)
  return found
}

describe("Claude's summary.json (2026-10-07)", () => {
  const feed = parse('real/statuspage-summary-claude-2026-10-07.json')

  it('is Statuspage JSON for "Claude", covering only the capture instant', () => {
    expect(feed).toMatchObject({
      format: 'statuspage-json',
      vendor: 'Claude',
      pageUrl: 'https://status.claude.com',
      coverage: { from: '2026-10-07T23:44:53.565Z', to: '2026-10-07T23:44:53.565Z' },
      warnings: [],
    })
    expect(feed.components).toEqual([
      'claude.ai',
      'Claude Console (platform.claude.com)',
      'Claude API (api.anthropic.com)',
      'Claude Code',
      'Claude Cowork',
      'Claude for Government',
    ])
  })

  it('reads the open incident from started_at, with impact major as partial outage', () => {
    expect(feed.incidents).toHaveLength(1)
    const incident = byId(feed.incidents, '978mjkgw6mh7')
    expect(incident).toMatchObject({
      kind: 'incident',
      title: 'Elevated errors on platform.claude.com',
      url: 'https://status.claude.com/incidents/978mjkgw6mh7',
      components: ['Claude Console (platform.claude.com)'],
      impact: 'partial_outage',
      impactInferred: false,
      start: '2026-10-07T13:25:04.155Z',
      end: null,
      durationMinutes: null,
      declaredDurationMinutes: null,
      flags: [],
    })
  })

  it('gives four updates oldest first, with component changes including the no-op ones', () => {
    const { updates } = byId(feed.incidents, '978mjkgw6mh7')
    expect(updates.map((u) => [u.at, u.status])).toEqual([
      ['2026-10-07T13:25:04.271Z', 'investigating'],
      ['2026-10-07T16:36:44.789Z', 'investigating'],
      ['2026-10-07T17:28:02.568Z', 'identified'],
      ['2026-10-07T21:44:41.466Z', 'monitoring'],
    ])
    const consoleName = 'Claude Console (platform.claude.com)'
    expect(updates.map((u) => u.componentChanges)).toEqual([
      [{ component: consoleName, from: 'operational', to: 'partial_outage' }],
      [{ component: consoleName, from: 'partial_outage', to: 'partial_outage' }],
      [{ component: consoleName, from: 'partial_outage', to: 'partial_outage' }],
      [{ component: consoleName, from: 'partial_outage', to: 'degraded_performance' }],
    ])
    expect(updates[3]?.bodyFormat).toBe('text')
    expect(updates[3]?.text).toMatch(/^We've mitigated the errors loading usage data/)
  })
})

describe("Claude's scheduled-maintenances.json (2026-09-15)", () => {
  const feed = parse('real/statuspage-scheduled-maintenances-claude-2026-09-15.json')

  it('lists two completed maintenances and covers their first window up to the capture', () => {
    expect(feed.incidents.map((i) => [i.id, i.kind])).toEqual([
      ['x017628t2rl5', 'maintenance'],
      ['16z0qdmy3qv2', 'maintenance'],
    ])
    expect(feed.coverage).toEqual({ from: '2024-12-15T01:00:00Z', to: '2026-09-15T11:14:48.639Z' })
    expect(feed.components).toEqual([])
    expect(feed.warnings).toEqual([])
  })

  it('takes the actual in-progress and completed updates over the scheduled window, never the notice time in started_at', () => {
    expect(byId(feed.incidents, '16z0qdmy3qv2')).toMatchObject({
      title: 'Scheduled maintenance for Claude.ai and Anthropic Console',
      impact: 'none',
      start: '2024-12-15T01:00:21.436Z',
      end: '2024-12-15T01:26:47.953Z',
      durationMinutes: 26.44195,
      declaredDurationMinutes: 30,
      scheduledStart: '2024-12-15T01:00:00Z',
      scheduledEnd: '2024-12-15T01:30:00Z',
      timeline: { start: '2024-12-15T01:00:21.436Z', end: '2024-12-15T01:26:47.953Z' },
      flags: [],
    })
    expect(byId(feed.incidents, 'x017628t2rl5')).toMatchObject({
      title: 'Upgrades to Connector Auth Storage',
      components: ['claude.ai'],
      start: '2025-08-29T01:25:21.416Z',
      end: '2025-08-29T02:40:21.277Z',
      declaredDurationMinutes: 75,
    })
  })

  it('names console.anthropic.com by its current name, joined on the component code', () => {
    const maintenance = byId(feed.incidents, '16z0qdmy3qv2')
    expect(maintenance.components).toEqual(['claude.ai', 'Claude Console (platform.claude.com)'])
    const inProgress = maintenance.updates.find((u) => u.status === 'in_progress')
    expect(inProgress?.componentChanges).toEqual([
      { component: 'claude.ai', from: 'operational', to: 'under_maintenance' },
      {
        component: 'Claude Console (platform.claude.com)',
        from: 'operational',
        to: 'under_maintenance',
      },
    ])
    expect(JSON.stringify(maintenance)).not.toContain('console.anthropic.com')
  })

  it('keeps all four updates with their statuses as written', () => {
    const { updates } = byId(feed.incidents, '16z0qdmy3qv2')
    expect(updates.map((u) => u.status)).toEqual([
      'scheduled',
      'scheduled',
      'in_progress',
      'completed',
    ])
    expect(updates[0]?.at).toBe('2024-12-13T18:39:42.009Z')
  })
})

describe("Twilio's summary.json (2020-06-16, −07:00 offsets)", () => {
  const feed = parse('real/statuspage-summary-twilio-2020-06-16.json')

  it('lists the 65 leaf components of 73 in page order, without the 8 group names', () => {
    expect(feed.components).toHaveLength(65)
    expect(feed.components.slice(0, 3)).toEqual(['MMS', 'SMS', 'SMPP'])
    expect(feed.components[22]).toBe('AUTOPILOT')
    expect(feed.components.at(-1)).toBe('Voice, Middle East & Africa')
    expect(feed.components).not.toContain('CARRIER NETWORK')
    expect(feed.coverage).toEqual({
      from: '2020-06-16T21:00:29.031Z',
      to: '2020-06-16T21:00:29.031Z',
    })
  })

  it('reads 2 incidents and 9 upcoming maintenances', () => {
    const kinds = feed.incidents.map((i) => i.kind)
    expect(kinds.filter((k) => k === 'incident')).toHaveLength(2)
    const maintenances = feed.incidents.filter((i) => i.kind === 'maintenance')
    expect(maintenances).toHaveLength(9)
    expect(maintenances.every((m) => m.flags.includes('upcoming'))).toBe(true)
    expect(feed.warnings).toEqual([])
  })

  it('converts local offsets to UTC and names the leaf component, not the snapshot', () => {
    const incident = byId(feed.incidents, '4dtnnnnxnhn9')
    expect(incident).toMatchObject({
      title: 'SMS Delivery Delays to Mozambique Movitel',
      start: '2020-06-16T20:27:41.521Z',
      end: null,
      impact: 'degraded_performance',
      components: ['SMS, Middle East & Africa'],
      url: 'https://status.twilio.com/incidents/4dtnnnnxnhn9',
    })
    expect(incident.updates.map((u) => u.at)).toEqual([
      '2020-06-16T20:27:41.585Z',
      '2020-06-16T21:00:29.019Z',
    ])
    expect(incident.updates[1]?.componentChanges?.[0]?.component).toBe('SMS, Middle East & Africa')
  })

  it('keeps repeated investigating updates of the Sprint incident', () => {
    const incident = byId(feed.incidents, 'r0f0vdz8vrgm')
    expect(incident.start).toBe('2020-06-16T13:41:44.672Z')
    expect(incident.components).toEqual([
      'SMS',
      'MMS',
      'MMS Short Code, North America',
      'SMS Short Code, North America',
    ])
    expect(incident.updates.map((u) => u.status)).toEqual([
      'investigating',
      'investigating',
      'investigating',
      'investigating',
      'monitoring',
    ])
  })

  it('reads a maintenance window crossing midnight UTC', () => {
    expect(byId(feed.incidents, '9szb6ydlg10w')).toMatchObject({
      title: '[Scheduled] SMS Carrier Maintenance - Tele2 Russia',
      components: ['SMS, Europe'],
      start: '2020-06-16T23:00:00Z',
      end: '2020-06-17T03:00:00Z',
      durationMinutes: 240,
      scheduledStart: '2020-06-16T23:00:00Z',
    })
  })
})

describe("CloudAMQP's summary.json during a maintenance (2020-07-16)", () => {
  const feed = parse('real/statuspage-summary-cloudamqp-2020-07-16-maintenance.json')

  it('reads the in-progress maintenance from its actual start to its scheduled end', () => {
    expect(feed.vendor).toBe('CloudAMQP')
    expect(feed.components).toHaveLength(23)
    expect(feed.components[0]).toBe('Shared servers')
    expect(feed.incidents).toHaveLength(1)
    expect(byId(feed.incidents, 'qy6n39trpl7l')).toMatchObject({
      kind: 'maintenance',
      title: 'Upgrade of shared servers “jellyfish”, “wildboar”, and “reindeer”',
      components: ['Shared servers'],
      start: '2020-07-16T21:10:37.506Z',
      end: '2020-07-16T23:00:00Z',
      declaredDurationMinutes: 120,
      timeline: { start: '2020-07-16T21:10:37.506Z', end: null },
      flags: [],
    })
    expect(feed.coverage).toEqual({
      from: '2020-07-16T21:10:37.516Z',
      to: '2020-07-16T21:10:37.516Z',
    })
  })
})

describe("GitHub's incidents/<code>.json", () => {
  it('reads rcnl10p4hywg: 11 updates, its 4 listed components, started_at to resolved_at', () => {
    const feed = parse('real/statuspage-incident-github-rcnl10p4hywg.json')
    expect(feed.vendor).toBe('GitHub')
    expect(feed.incidents).toHaveLength(1)
    const incident = byId(feed.incidents, 'rcnl10p4hywg')
    expect(incident).toMatchObject({
      title: 'Incident with Actions, API Requests, Copilot and Git Operations',
      url: 'https://www.githubstatus.com/incidents/rcnl10p4hywg',
      components: ['Git Operations', 'API Requests', 'Actions', 'Copilot'],
      impact: 'degraded_performance',
      start: '2023-04-24T21:14:49.231Z',
      end: '2023-04-25T03:18:54.188Z',
      flags: [],
    })
    expect(incident.durationMinutes).toBeCloseTo(364.08, 2)
    expect(incident.declaredDurationMinutes).toBeCloseTo(364.08, 2)
    expect(incident.updates).toHaveLength(11)
    expect(incident.updates.at(-1)).toMatchObject({
      at: '2023-04-25T03:18:54.188Z',
      status: 'resolved',
      text: 'This incident has been resolved.',
    })
    expect(feed.coverage).toEqual({
      from: '2023-04-24T21:14:49.231Z',
      to: '2023-04-25T03:18:54.188Z',
    })
  })

  it('reads rgy28jwprr1c: impact critical as major outage, component from its updates', () => {
    const feed = parse('real/statuspage-incident-github-rgy28jwprr1c.json')
    const incident = byId(feed.incidents, 'rgy28jwprr1c')
    expect(incident).toMatchObject({
      title: 'Notifications degredation',
      impact: 'major_outage',
      impactInferred: false,
      components: ['Notifications'],
      start: '2019-09-23T16:12:01.644Z',
      end: '2019-09-23T16:37:46.707Z',
    })
    expect(incident.durationMinutes).toBeCloseTo(25.75, 2)
    expect(incident.updates.map((u) => u.status)).toEqual([
      'investigating',
      'identified',
      'monitoring',
      'resolved',
    ])
    expect(incident.updates[1]?.componentChanges).toEqual([
      { component: 'Notifications', from: 'major_outage', to: 'degraded_performance' },
    ])
  })
})
