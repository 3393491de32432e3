import { describe, expect, it } from 'vitest'
import { makeIncident } from '../../../core/__fixtures__/make-incident'
import { formatInstant, zoneFor } from './format-instant'
import { isOngoing, openLabel, rowFlagLabels } from './incident-flags'
import { httpUrlOrNull } from './safe-link'
import { statusLabel } from './status-label'

describe('formatInstant', () => {
  it('writes an instant in UTC or in a named zone', () => {
    expect(formatInstant('2025-04-30T14:09:00Z', 'UTC')).toBe('2025-04-30 14:09')
    expect(formatInstant('2025-04-30T14:09:00Z', 'Europe/Stockholm')).toBe('2025-04-30 16:09')
    expect(formatInstant('2025-04-30T23:30:00Z', 'America/New_York')).toBe('2025-04-30 19:30')
  })

  it('shows a dash for a missing or unreadable instant', () => {
    expect(formatInstant(null, 'UTC')).toBe('—')
    expect(formatInstant('not a date', 'UTC')).toBe('—')
  })

  it('maps the mode to a zone', () => {
    expect(zoneFor('utc', 'Europe/Stockholm')).toBe('UTC')
    expect(zoneFor('local', 'Europe/Stockholm')).toBe('Europe/Stockholm')
  })
})

describe('httpUrlOrNull', () => {
  it('keeps absolute http(s) addresses only', () => {
    expect(httpUrlOrNull('https://status.example.com/incidents/1')).toBe(
      'https://status.example.com/incidents/1',
    )
    expect(httpUrlOrNull(' JaVaScRiPt:alert(1)')).toBeNull()
    expect(httpUrlOrNull('data:text/html,<script>x</script>')).toBeNull()
    expect(httpUrlOrNull('/incidents/1')).toBeNull()
    expect(httpUrlOrNull(null)).toBeNull()
  })
})

describe('flags', () => {
  const now = Date.parse('2025-06-01T00:00:00Z')

  it('marks a started, unresolved incident as ongoing', () => {
    const open = makeIncident({
      start: '2025-05-31T00:00:00Z',
      end: null,
      flags: ['no_resolution'],
    })
    expect(isOngoing(open, now)).toBe(true)
    expect(rowFlagLabels(open, now)).toEqual(['Ongoing', 'No resolving update'])
  })

  it('does not call a future maintenance ongoing', () => {
    const future = makeIncident({ start: '2025-07-01T00:00:00Z', end: null, flags: ['upcoming'] })
    expect(isOngoing(future, now)).toBe(false)
    expect(rowFlagLabels(future, now)).toEqual(['Upcoming'])
  })
})

describe('statusLabel', () => {
  it('turns API enums into words and keeps written labels', () => {
    expect(statusLabel('in_progress')).toBe('In progress')
    expect(statusLabel('investigating')).toBe('Investigating')
    expect(statusLabel('Postmortem')).toBe('Postmortem')
    expect(statusLabel('  ')).toBe('Update')
  })
})

describe('open incidents of old captures', () => {
  it('are labelled open on the capture date rather than ongoing', () => {
    expect(openLabel(null)).toBe('Ongoing')
    expect(openLabel('2026-10-07T21:44:41Z')).toBe('Open on 2026-10-07')
  })
})
