import { describe, expect, it } from 'vitest'
import { readFixture } from '../../__fixtures__/fixtures'
import { parseFeed } from '../index'
import { parseAffectedComponents } from './affected-components'

const voyadoText = readFixture('seeds/voyado-engage-incident-report.txt')

function voyado(location?: string) {
  const outcome = parseFeed(voyadoText, location ? { location } : {})
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

describe("Voyado's pasted incident page", () => {
  it('reads one incident for the vendor "Voyado"', () => {
    const feed = voyado()
    expect(feed).toMatchObject({
      format: 'statuspage-incident-text',
      vendor: 'Voyado',
      warnings: [],
    })
    expect(feed.incidents).toHaveLength(1)
  })

  it('spans 14:09–15:41 UTC on 2025-04-30 (92 minutes) on "Engage (API)"', () => {
    const [incident] = voyado().incidents
    expect(incident).toMatchObject({
      title: '[Engage] API issues',
      kind: 'incident',
      start: '2025-04-30T14:09:00Z',
      end: '2025-04-30T15:41:00Z',
      durationMinutes: 92,
      declaredDurationMinutes: null,
      components: ['Engage (API)'],
      impact: 'unknown',
      impactInferred: true,
    })
  })

  it('keeps six updates oldest first, with the postmortem at 2025-05-13 10:07 UTC', () => {
    const [incident] = voyado().incidents
    expect(incident?.updates.map((u) => [u.status, u.at])).toEqual([
      ['Investigating', '2025-04-30T14:09:00Z'],
      ['Identified', '2025-04-30T14:20:00Z'],
      ['Update', '2025-04-30T14:50:00Z'],
      ['Monitoring', '2025-04-30T15:08:00Z'],
      ['Resolved', '2025-04-30T15:41:00Z'],
      ['Postmortem', '2025-05-13T10:07:00Z'],
    ])
  })

  it('keeps the postmortem headings inside its body instead of reading them as updates', () => {
    const postmortem = voyado().incidents[0]?.updates.at(-1)
    expect(postmortem?.text.startsWith('Summary\n')).toBe(true)
    expect(postmortem?.text).toContain('Root Cause and Mitigation')
    expect(postmortem?.text).not.toContain('Posted')
  })

  it('keys the incident by the page address when the user gives it, else by vendor, title and time', () => {
    expect(voyado().incidents[0]?.id).toBe('voyado:engage-api-issues:2025-04-30T14:09:00Z')
    const url = 'https://status.voyado.com/incidents/abc123'
    expect(voyado(url).incidents[0]).toMatchObject({ id: url, url })
  })

  it('refuses text that is not an incident page with a clear error', () => {
    const outcome = parseFeed('Just some notes about an outage.')
    expect(outcome).toEqual({
      ok: false,
      error: {
        kind: 'unsupported_format',
        message: 'This text is not a status feed format we can read.',
      },
    })
  })
})

describe('the "This incident affected" sentence', () => {
  it.each([
    ['Engage (API).', ['Engage (API)']],
    ['A, B and C.', ['A', 'B', 'C']],
    ['A, B, and C', ['A', 'B', 'C']],
    ['Engage (API, Loyalty) and Mail.', ['Engage (API)', 'Engage (Loyalty)', 'Mail']],
    ['Claude Console (platform.claude.com)', ['Claude Console (platform.claude.com)']],
  ])('splits "%s"', (sentence, names) => {
    expect(parseAffectedComponents(sentence)).toEqual(names)
  })
})
