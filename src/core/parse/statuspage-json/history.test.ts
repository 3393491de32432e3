import { describe, expect, it } from 'vitest'
import { parseFeedWith } from '../parse-feed'
import { incidentioJsonAdapter, statuspageJsonAdapter } from './index'

const v = (kind: 'date' | 'time', value: string) => `<var data-var='${kind}'>${value}</var>`

interface HistoryEntry {
  code: string
  name: string
  impact?: string
  timestamp?: string
}

function historyPage(
  months: { name: string; year: number; incidents: HistoryEntry[] }[],
  updatedAt = '2026-08-20T12:00:00Z',
) {
  return JSON.stringify({
    page_status: {
      page: {
        id: 'kctbh9vrtdwd',
        name: 'GitHub',
        url: 'https://www.githubstatus.com',
        time_zone: 'Etc/UTC',
        updated_at: updatedAt,
      },
      status: { indicator: 'none', description: 'All Systems Operational' },
    },
    components: [{ id: 'c1', name: 'Git Operations', status: 'operational', position: 1 }],
    months: months.map((m) => ({
      ...m,
      incidents: m.incidents.map((i) => ({ message: 'This incident has been resolved.', ...i })),
    })),
  })
}

function parse(text: string) {
  const outcome = parseFeedWith([statuspageJsonAdapter, incidentioJsonAdapter], text)
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

const SAME_DAY = `Aug ${v('date', '10')}, ${v('time', '00:17')} - ${v('time', '01:30')} UTC`
const CROSS_DAY = `Jun ${v('date', '25')}, ${v('time', '23:44')} - Jun ${v('date', '26')}, ${v('time', '20:27')} UTC`

describe('a /history.json page', () => {
  const feed = parse(
    historyPage([
      {
        name: 'August',
        year: 2026,
        incidents: [
          {
            code: '8tnqgcg1qkk1',
            name: 'Incident with Actions and Pages',
            impact: 'minor',
            timestamp: SAME_DAY,
          },
        ],
      },
      { name: 'July', year: 2026, incidents: [] },
      {
        name: 'June',
        year: 2026,
        incidents: [
          { code: 'x1y2z3a4b5c6', name: 'Webhooks delayed', impact: 'major', timestamp: CROSS_DAY },
          {
            code: 'm4m4m4m4m4m4',
            name: 'Database upgrade',
            impact: 'maintenance',
            timestamp: `Jun ${v('date', ' 3')}, ${v('time', '09:00')} - ${v('time', '10:00')} UTC`,
          },
        ],
      },
    ]),
  )

  it('is Statuspage JSON covering its three months up to the capture', () => {
    expect(feed).toMatchObject({
      format: 'statuspage-json',
      vendor: 'GitHub',
      pageUrl: 'https://www.githubstatus.com',
      components: ['Git Operations'],
      coverage: { from: '2026-06-01T00:00:00Z', to: '2026-08-20T12:00:00Z' },
      warnings: [],
    })
    expect(feed.incidents).toHaveLength(3)
  })

  it('reads a same-day window as declared start and end, with no invented updates', () => {
    expect(feed.incidents.find((i) => i.id === '8tnqgcg1qkk1')).toMatchObject({
      kind: 'incident',
      title: 'Incident with Actions and Pages',
      url: 'https://www.githubstatus.com/incidents/8tnqgcg1qkk1',
      impact: 'degraded_performance',
      start: '2026-08-10T00:17:00Z',
      end: '2026-08-10T01:30:00Z',
      durationMinutes: 73,
      declaredDurationMinutes: 73,
      updates: [],
      components: ['Actions', 'Pages'],
      componentsInferred: true,
    })
  })

  it('reads a window across days', () => {
    expect(feed.incidents.find((i) => i.id === 'x1y2z3a4b5c6')).toMatchObject({
      impact: 'partial_outage',
      start: '2026-06-25T23:44:00Z',
      end: '2026-06-26T20:27:00Z',
      durationMinutes: 1243,
    })
  })

  it('reads impact "maintenance" as a maintenance, with a padded single-digit day', () => {
    expect(feed.incidents.find((i) => i.id === 'm4m4m4m4m4m4')).toMatchObject({
      kind: 'maintenance',
      impact: 'none',
      start: '2026-06-03T09:00:00Z',
      end: '2026-06-03T10:00:00Z',
    })
  })
})

describe('years and zones in /history.json', () => {
  it("takes the year from the enclosing month (Feb 29 exists in 2024's February)", () => {
    const feed = parse(
      historyPage([
        {
          name: 'February',
          year: 2024,
          incidents: [
            {
              code: 'leapleapleap',
              name: 'Outage',
              timestamp: `Feb ${v('date', '29')}, ${v('time', '10:00')} - ${v('time', '10:30')} UTC`,
            },
          ],
        },
      ]),
    )
    expect(feed.incidents[0]).toMatchObject({
      start: '2024-02-29T10:00:00Z',
      end: '2024-02-29T10:30:00Z',
    })
  })

  it('moves the end of a window that crosses New Year into the next year', () => {
    const timestamp = `Dec ${v('date', '31')}, ${v('time', '23:30')} - Jan ${v('date', '1')}, ${v('time', '00:45')} UTC`
    const feed = parse(
      historyPage([
        {
          name: 'December',
          year: 2025,
          incidents: [{ code: 'newyear00001', name: 'API errors', timestamp }],
        },
      ]),
    )
    expect(feed.incidents[0]).toMatchObject({
      start: '2025-12-31T23:30:00Z',
      end: '2026-01-01T00:45:00Z',
      durationMinutes: 75,
    })
  })

  it('reads PDT from the zone table and flags an unknown zone word with the page offset', () => {
    const feed = parse(
      historyPage(
        [
          {
            name: 'May',
            year: 2026,
            incidents: [
              {
                code: 'pdt000000001',
                name: 'Calls failing',
                timestamp: `May ${v('date', '4')}, ${v('time', '10:00')} PDT`,
              },
              {
                code: 'xyz000000001',
                name: 'SMS failing',
                timestamp: `May ${v('date', '5')}, ${v('time', '10:00')} XYZ`,
              },
            ],
          },
        ],
        '2026-05-20T09:00:00-07:00',
      ),
    )
    const [sms, calls] = feed.incidents
    expect(calls).toMatchObject({ start: '2026-05-04T17:00:00Z', end: null, flags: [] })
    expect(sms).toMatchObject({ start: '2026-05-05T17:00:00Z', flags: ['timezone_assumed'] })
    expect(feed.warnings).toEqual([
      '"SMS failing": unknown zone "XYZ"; the page\'s offset was used.',
    ])
  })

  it('skips an entry without a readable timestamp with a warning and keeps the rest', () => {
    const feed = parse(
      historyPage([
        {
          name: 'August',
          year: 2026,
          incidents: [
            { code: 'good00000001', name: 'Good', timestamp: SAME_DAY },
            { code: 'bad000000001', name: 'No time' },
            { code: 'bad000000002', name: 'Odd time', timestamp: 'sometime last week' },
          ],
        },
      ]),
    )
    expect(feed.incidents.map((i) => i.id)).toEqual(['good00000001'])
    expect(feed.warnings).toHaveLength(2)
    expect(feed.warnings[0]).toMatch(/^Skipped August 2026 incident 2: timestamp: /)
    expect(feed.warnings[1]).toBe(
      'Skipped August 2026 incident 3: its timestamp "sometime last week" is not a date we can read',
    )
  })

  it('reads an empty page as no incidents over its months', () => {
    const feed = parse(historyPage([{ name: 'March', year: 2020, incidents: [] }]))
    expect(feed.incidents).toEqual([])
    expect(feed.coverage).toEqual({ from: '2020-03-01T00:00:00Z', to: '2020-04-01T00:00:00Z' })
  })
})
