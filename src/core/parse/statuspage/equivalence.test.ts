import { describe, expect, it } from 'vitest'
import { readFixture } from '../../__fixtures__/fixtures'
import type { Incident, ParsedFeed } from '../../model'
import { parseFeedWith } from '../parse-feed'
import { statuspageAtomAdapter, statuspageRssAdapter } from './index'

function parsed(path: string): ParsedFeed {
  const outcome = parseFeedWith([statuspageRssAdapter, statuspageAtomAdapter], readFixture(path))
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

/** Everything an incident says, except the format it came from. */
const essence = (incident: Incident) => ({
  id: incident.id,
  url: incident.url,
  title: incident.title,
  kind: incident.kind,
  impact: incident.impact,
  start: incident.start,
  end: incident.end,
  durationMinutes: incident.durationMinutes,
  scheduledStart: incident.scheduledStart,
  scheduledEnd: incident.scheduledEnd,
  flags: incident.flags,
  updates: incident.updates.map((u) => ({
    at: u.at,
    status: u.status,
    text: u.text,
    body: u.body,
  })),
})

// Pairs captured at the same moment (SOURCES.md).
const pairs = [
  ['Claude', 'real/statuspage-history-claude-2026-02-04', 25],
  ['GitHub', 'real/statuspage-history-github-2026-02-04', 25],
  ['StreamYard', 'real/statuspage-history-streamyard-2024-06-10', 17],
] as const

describe('Statuspage RSS and Atom captured at the same moment', () => {
  for (const [vendor, base, count] of pairs) {
    it(`give the same ${count} ${vendor} incidents, update for update`, () => {
      const rss = parsed(`${base}.rss`)
      const atom = parsed(`${base}.atom`)
      expect([rss.format, atom.format]).toEqual(['statuspage-rss', 'statuspage-atom'])
      expect(rss.incidents).toHaveLength(count)
      expect(atom.incidents.map(essence)).toEqual(rss.incidents.map(essence))
      expect([atom.vendor, atom.pageUrl, atom.coverage]).toEqual([
        rss.vendor,
        rss.pageUrl,
        rss.coverage,
      ])
      expect(atom.vendor).toBe(vendor)
    })
  }
})
