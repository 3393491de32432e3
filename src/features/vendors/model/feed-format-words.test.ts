import { describe, expect, it } from 'vitest'
import { FEED_FORMATS } from '../../../core/model'
import { FEED_FORMAT_WORDS, describeFeedCandidate } from './feed-format-words'

describe('feed formats in words', () => {
  it('names every format the parser knows, each differently', () => {
    const words = FEED_FORMATS.map((format) => FEED_FORMAT_WORDS[format])
    expect(words.every((w) => typeof w === 'string' && w.length > 0)).toBe(true)
    expect(new Set(words).size).toBe(FEED_FORMATS.length)
  })

  it('says what a Statuspage endpoint contributes by its path', () => {
    const site = 'https://status.example.com'
    expect(describeFeedCandidate({ url: `${site}/history.atom`, format: 'statuspage-atom' })).toBe(
      'Incident history with every update',
    )
    expect(
      describeFeedCandidate({ url: `${site}/api/v2/summary.json`, format: 'statuspage-json' }),
    ).toBe('Current status and open incidents only')
    expect(
      describeFeedCandidate({ url: `${site}/api/v2/incidents.json`, format: 'statuspage-json' }),
    ).toBe('Recent incidents with components and impact')
    expect(
      describeFeedCandidate({
        url: `${site}/api/v2/scheduled-maintenances.json`,
        format: 'statuspage-json',
      }),
    ).toBe('Planned maintenance')
  })
})
