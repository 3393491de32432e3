import { describe, expect, it } from 'vitest'
import type { FeedCandidate } from '../api/discover-queries'
import { defaultCandidates, statuspageBaseOf } from './statuspage-sources'

const page = 'https://www.githubstatus.com'
const candidate = (path: string, format: FeedCandidate['format']): FeedCandidate => ({
  url: `${page}${path}`,
  format,
})

describe('the feeds a new vendor reads by default', () => {
  it('takes a Statuspage history feed with every JSON document of the same page, one history feed only', () => {
    const found = [
      candidate('/history.atom', 'statuspage-atom'),
      candidate('/history.rss', 'statuspage-rss'),
      candidate('/api/v2/incidents.json', 'statuspage-json'),
      candidate('/api/v2/scheduled-maintenances.json', 'statuspage-json'),
      candidate('/api/v2/summary.json', 'statuspage-json'),
      { url: 'https://elsewhere.example/history.atom', format: 'statuspage-atom' as const },
    ]
    expect(defaultCandidates(found).map((c) => c.url.slice(page.length))).toEqual([
      '/history.atom',
      '/api/v2/incidents.json',
      '/api/v2/scheduled-maintenances.json',
      '/api/v2/summary.json',
    ])
  })

  it('takes only the best feed of any other platform', () => {
    const found = [
      { url: 'https://status.maestra.io/history.rss', format: 'instatus-rss' as const },
      { url: 'https://status.maestra.io/feed.atom', format: 'generic-atom' as const },
    ]
    expect(defaultCandidates(found)).toEqual([found[0]])
    expect(defaultCandidates([])).toEqual([])
  })

  it('knows a Statuspage page by the format its feed turned out to be, not by its path alone', () => {
    expect(statuspageBaseOf(`${page}/history.rss`, 'statuspage-rss')).toBe(page)
    expect(statuspageBaseOf('https://status.maestra.io/history.rss', 'instatus-rss')).toBeNull()
    expect(statuspageBaseOf(`${page}/history.rss`, null)).toBeNull()
  })
})
