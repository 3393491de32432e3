import { describe, expect, it } from 'vitest'
import { readFixture } from '../../__fixtures__/fixtures'
import type { Incident } from '../../model'
import { parseFeed } from '../index'
import { parseDurationWords } from './duration-words'

function maestra() {
  const outcome = parseFeed(readFixture('seeds/maestra-status-history.rss'))
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

const byTitle = (incidents: Incident[], title: string, start?: string) =>
  incidents.filter((i) => i.title === title && (!start || i.start === start))

describe("maestra's Instatus history feed", () => {
  it('is read as Instatus RSS for the vendor "maestra" with no warnings', () => {
    const feed = maestra()
    expect(feed.format).toBe('instatus-rss')
    expect(feed.vendor).toBe('maestra')
    expect(feed.warnings).toEqual([])
    expect(feed.coverage).toEqual({ from: '2025-06-26T15:24:00Z', to: '2026-06-01T06:00:00Z' })
  })

  it('gives 8 incidents and 11 maintenances once the duplicated maintenance is merged', () => {
    const { incidents } = maestra()
    expect(incidents.filter((i) => i.kind === 'incident')).toHaveLength(8)
    expect(incidents.filter((i) => i.kind === 'maintenance')).toHaveLength(11)
    const [database] = byTitle(incidents, 'Database maintenance')
    expect(byTitle(incidents, 'Database maintenance')).toHaveLength(1)
    expect(database?.id).toBe('https://status.maestra.io/maintenance/cmmsirk0e0617wv24wkpazf0q')
    expect(database?.aliases).toEqual([
      'https://status.maestra.io/maintenance/cmmsirjc10695m0kq0psrohsd',
    ])
    expect(database?.flags).toContain('merged_duplicate')
  })

  it('keeps two maintenances that only share a title apart', () => {
    const gateways = byTitle(maestra().incidents, 'API gateway maintenance')
    expect(gateways.map((g) => g.start)).toEqual(['2026-05-25T05:00:00Z', '2026-05-24T05:00:00Z'])
  })

  it('reads "Service degradation" as 11:25–11:55 UTC on three components', () => {
    const [incident] = byTitle(maestra().incidents, 'Service degradation')
    expect(incident).toMatchObject({
      kind: 'incident',
      start: '2025-12-17T11:25:00Z',
      end: '2025-12-17T11:55:00Z',
      durationMinutes: 30,
      declaredDurationMinutes: 30,
      components: ['Loyalty', 'Transactional messages', 'Site personalization'],
      impact: 'degraded_performance',
      impactInferred: true,
    })
  })

  it('takes the declared duration and flags the 24-hour timeline of the admin panel incident', () => {
    const [incident] = byTitle(maestra().incidents, 'Degraded access to admin panel')
    expect(incident?.durationMinutes).toBe(16)
    expect(incident?.end).toBe('2026-04-08T15:53:00Z')
    expect(incident?.timeline).toEqual({
      start: '2026-04-08T15:37:00Z',
      end: '2026-04-09T16:28:00Z',
      durationMinutes: 24 * 60 + 51,
    })
    expect(incident?.flags).toContain('duration_discrepancy')
  })

  it('sorts updates by time and does not let a late postmortem end the platform outage', () => {
    const [outage] = byTitle(maestra().incidents, 'Platform outage')
    expect(outage?.updates.map((u) => [u.at, u.status])).toEqual([
      ['2025-10-04T14:39:00Z', 'Identified'],
      ['2025-10-04T15:22:00Z', 'Resolved'],
      ['2025-10-22T14:03:16Z', 'Postmortem'],
    ])
    expect(outage?.timeline.end).toBe('2025-10-04T15:22:00Z')
    expect(outage?.impact).toBe('major_outage')
  })

  it('falls back to the update timeline when no duration is declared', () => {
    const [cdp] = byTitle(maestra().incidents, 'Degraded performance of CDP')
    expect(cdp).toMatchObject({
      declaredDurationMinutes: null,
      durationMinutes: 460,
      end: '2026-05-21T09:55:00Z',
    })
  })

  it('decodes character references once and keeps the Markdown body', () => {
    const texts = maestra().incidents.flatMap((i) => i.updates.map((u) => u.text))
    expect(texts.some((t) => t.includes('&#039;'))).toBe(false)
    expect(texts.some((t) => t.includes("We'll"))).toBe(true)
    const [adminPanel] = byTitle(maestra().incidents, 'Degraded access to admin panel')
    const postmortem = adminPanel?.updates.find((u) => u.status === 'Postmortem')
    expect(postmortem?.bodyFormat).toBe('markdown')
    expect(postmortem?.body).toContain('**')
    expect(postmortem?.body).toContain('**Why it happened**')
    expect(postmortem?.text).toContain('Why it happened')
    expect(postmortem?.text).not.toContain('**')
    expect(postmortem?.text).toContain("What's next")
  })
})

describe('duration words', () => {
  it.each([
    ['16 minutes', 16],
    ['1 hour', 60],
    ['5 hours', 300],
    ['1 hour and 22 minutes', 82],
    ['2 days 3 hours', 2 * 1440 + 180],
    ['', null],
    ['soon', null],
  ])('reads "%s" as %s minutes', (text, minutes) => {
    expect(parseDurationWords(text)).toBe(minutes)
  })
})
