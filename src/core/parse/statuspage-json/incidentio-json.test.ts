import { describe, expect, it } from 'vitest'
import { readFixture } from '../../__fixtures__/fixtures'
import { parseFeedWith } from '../parse-feed'
import { sniff } from '../sniff'
import { incidentioJsonAdapter, statuspageJsonAdapter } from './index'

const adapters = [statuspageJsonAdapter, incidentioJsonAdapter]

function parseText(text: string) {
  const outcome = parseFeedWith(adapters, text)
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

const OPENAI = 'real/incidentio-compat-summary-openai-2026-09-29.json'

describe("OpenAI's incident.io summary.json (2026-09-29)", () => {
  const feed = parseText(readFixture(OPENAI))

  it('is recognized as incident.io by its content, for the vendor "OpenAI"', () => {
    expect(feed).toMatchObject({
      format: 'incidentio-json',
      vendor: 'OpenAI',
      pageUrl: 'https://status.openai.com/',
      coverage: { from: '2026-09-29T18:29:41Z', to: '2026-09-29T18:29:41Z' },
      warnings: [],
    })
    expect(feed.components).toHaveLength(25)
    expect([feed.components[0], feed.components.at(-1)]).toEqual(['Realtime', 'dots'])
  })

  it('builds the incident url from page.url without a double slash', () => {
    expect(feed.incidents.map((i) => i.url)).toEqual([
      'https://status.openai.com/incidents/01M3Q4RK1SM4EMK445GGPG7C0N',
      'https://status.openai.com/incidents/01M3Q4HMNP8SZ27DTZKW6F5BJ4',
    ])
  })

  it('reads the open incident from its updates, declaring nothing', () => {
    const [errors] = feed.incidents
    expect(errors).toMatchObject({
      id: '01M3Q4RK1SM4EMK445GGPG7C0N',
      kind: 'incident',
      title: 'Elevated errors across ChatGPT, Codex, and the API including the Agents API',
      components: [],
      impact: 'degraded_performance',
      impactInferred: false,
      start: '2026-09-29T17:52:52Z',
      end: null,
      declaredDurationMinutes: null,
    })
    expect(errors?.updates.map((u) => [u.at, u.status, u.bodyFormat])).toEqual([
      ['2026-09-29T17:52:52Z', 'investigating', 'markdown'],
      ['2026-09-29T18:24:17Z', 'investigating', 'markdown'],
    ])
  })

  it('keeps impact "none" as given and reduces Markdown links to their words', () => {
    const chat = feed.incidents[1]
    expect(chat).toMatchObject({ title: 'Support chat unavailable', impact: 'none' })
    expect(chat?.updates[0]?.text).toBe(
      'Our Help Center and support chat are currently unavailable. If you need assistance, you can still reach our support team by emailing support@openai.com.\n\nWe apologize for the inconvenience.',
    )
    expect(chat?.updates[0]?.body).toContain('[support@openai.com](mailto:support@openai.com')
  })
})

describe('telling incident.io from Statuspage', () => {
  it('is decided by content: each adapter claims only its own documents', () => {
    const openai = sniff(readFixture(OPENAI))
    const claude = sniff(readFixture('real/statuspage-summary-claude-2026-10-07.json'))
    expect(incidentioJsonAdapter.canParse(openai)).toBe(true)
    expect(statuspageJsonAdapter.canParse(openai)).toBe(false)
    expect(incidentioJsonAdapter.canParse(claude)).toBe(false)
    expect(statuspageJsonAdapter.canParse(claude)).toBe(true)
  })

  it('recognizes an incident.io incidents.json without ULIDs by its missing shortlink and time_zone', () => {
    const text = JSON.stringify({
      page: {
        id: 'abc',
        name: 'Linear',
        url: 'https://linearstatus.com/',
        updated_at: '2026-01-02T10:00:00Z',
      },
      incidents: [
        {
          id: 'inc-1',
          name: 'Sync delays',
          status: 'resolved',
          created_at: '2026-01-02T08:00:00Z',
          updated_at: '2026-01-02T09:00:00Z',
          incident_updates: [
            {
              status: 'resolved',
              body: 'All good.',
              created_at: '2026-01-02T09:00:00Z',
              display_at: '2026-01-02T09:00:00Z',
            },
            {
              status: 'investigating',
              body: 'Looking into **delays**.',
              created_at: '2026-01-02T08:00:00Z',
              display_at: '2026-01-02T08:00:00Z',
            },
          ],
        },
      ],
    })
    const feed = parseText(text)
    expect(feed.format).toBe('incidentio-json')
    expect(feed.incidents[0]).toMatchObject({
      url: 'https://linearstatus.com/incidents/inc-1',
      impact: 'degraded_performance',
      impactInferred: true,
      start: '2026-01-02T08:00:00Z',
      end: '2026-01-02T09:00:00Z',
      durationMinutes: 60,
      declaredDurationMinutes: null,
    })
    expect(feed.incidents[0]?.updates[0]?.text).toBe('Looking into delays.')
    expect(feed.coverage).toEqual({ from: '2026-01-02T08:00:00Z', to: '2026-01-02T10:00:00Z' })
  })

  it('leaves every other real JSON sample to other adapters', () => {
    for (const path of [
      'real/gcp-incidents-2022-07.json',
      'real/aws-shd-data-2022-07.json',
      'real/heroku-api-v4-current-status-2019-10-24.json',
      'real/slack-api-v2-current-2020-07-30.json',
      'real/statusio-public-status-docker-2020-07-16.json',
    ]) {
      const input = sniff(readFixture(path))
      expect([
        statuspageJsonAdapter.canParse(input),
        incidentioJsonAdapter.canParse(input),
      ]).toEqual([false, false])
    }
  })
})
