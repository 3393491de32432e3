import { describe, expect, it } from 'vitest'
import type { IncidentUpdate } from '../model'
import { impactFromWords, inferImpact } from './impact-words'

const update = (status: string, text: string): IncidentUpdate => ({
  at: '2026-03-02T10:00:00Z',
  status,
  text,
  body: text,
  bodyFormat: 'text',
})

describe('impact from the words a vendor publishes', () => {
  it.each([
    ['We are investigating reports of degraded performance for Actions.', 'degraded_performance'],
    ['Codespaces is now experiencing degraded availability.', 'partial_outage'],
    ['We are seeing a partial outage of webhooks.', 'partial_outage'],
    ['The dashboard is partially unavailable.', 'partial_outage'],
    ['We are experiencing a major outage.', 'major_outage'],
    ['This is a full outage of the API.', 'major_outage'],
    ['The website is down.', 'major_outage'],
    ['Git operations are unavailable for all users.', 'major_outage'],
  ] as const)('reads "%s" as %s', (text, level) => {
    expect(impactFromWords(text)).toBe(level)
  })

  it('reads informational and negated wording as stating nothing', () => {
    expect(
      impactFromWords('We are investigating reports of issues with service(s): Copilot.'),
    ).toBe(null)
    expect(impactFromWords('There is no impact to customers.')).toBe(null)
    expect(impactFromWords('The API is no longer unavailable.')).toBe(null)
  })

  it('takes the worst level stated before resolution, not after', () => {
    const updates = [
      update('Investigating', 'We are investigating reports of degraded performance for Actions.'),
      update('Update', 'Actions is now experiencing degraded availability.'),
      update('Resolved', 'This incident has been resolved.'),
      update('Postmortem', 'During the major outage, jobs failed.'),
    ]
    expect(inferImpact('Incident with Actions', updates)).toBe('partial_outage')
  })

  it('keeps the title rule and answers unknown when nothing is stated', () => {
    expect(inferImpact('Platform outage', [])).toBe('major_outage')
    expect(inferImpact('Disruption with some GitHub services', [])).toBe('unknown')
    expect(
      inferImpact('Incident with Copilot', [update('Investigating', 'We are investigating.')]),
    ).toBe('unknown')
  })
})
