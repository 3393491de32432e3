import { describe, expect, it } from 'vitest'
import { historyPageUrl, incidentJsonUrl, missingJsonSources, statuspageBase } from './urls'

describe('Statuspage addresses', () => {
  it('finds the page a feed belongs to, keeping a path prefix', () => {
    expect(statuspageBase('https://www.githubstatus.com/history.atom')).toBe(
      'https://www.githubstatus.com',
    )
    expect(statuspageBase('http://127.0.0.1:4174/synth/api/v2/summary.json')).toBe(
      'http://127.0.0.1:4174/synth',
    )
    expect(statuspageBase('https://status.example.com/feed.rss')).toBeNull()
    expect(statuspageBase('not a url')).toBeNull()
  })

  it('builds history pages and incident documents under the page', () => {
    expect(historyPageUrl('https://s.example.com', 3)).toBe(
      'https://s.example.com/history.json?page=3',
    )
    expect(incidentJsonUrl('https://s.example.com', 'abc123')).toBe(
      'https://s.example.com/api/v2/incidents/abc123.json',
    )
  })

  it('lists the JSON sources a vendor does not read yet', () => {
    const base = 'https://s.example.com'
    expect(
      missingJsonSources(base, [`${base}/history.atom`, `${base}/api/v2/summary.json`]),
    ).toEqual([`${base}/api/v2/incidents.json`, `${base}/api/v2/scheduled-maintenances.json`])
  })
})
