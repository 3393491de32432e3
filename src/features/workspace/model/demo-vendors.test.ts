import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { mergeSourceIncidents } from '../../../core/normalize/merge-sources'
import { parseFeed } from '../../../core/parse/index'
import { DEMO_VENDORS } from './demo-vendors'

const publicDir = new URL('../../../../public', import.meta.url).pathname

function demoFeeds(name: string) {
  const vendor = DEMO_VENDORS.find((v) => v.name === name)
  return (vendor?.sources ?? []).map((source) => {
    if (source.kind !== 'demo') throw new Error('demo vendors read demo files')
    const outcome = parseFeed(readFileSync(`${publicDir}${source.path}`, 'utf8'))
    if (!outcome.ok) throw new Error(`${source.path}: ${outcome.error.message}`)
    return outcome.feed
  })
}

describe("the demo's GitHub", () => {
  const feeds = demoFeeds('GitHub')
  const merged = mergeSourceIncidents(feeds.map((feed) => feed.incidents))
  const incidents = merged.filter((i) => i.kind === 'incident')

  it('is the 2022 captures merged with GitHub’s own JSON: 109 items over nine months', () => {
    expect(feeds.map((f) => f.format)).toEqual(['statuspage-atom', 'statuspage-json'])
    expect(merged).toHaveLength(109)
    expect(incidents).toHaveLength(100)
    expect(feeds[0]?.coverage).toEqual({ from: '2022-03-26T01:43:00Z', to: '2022-12-25T08:03:25Z' })
    expect(feeds.flatMap((f) => f.warnings)).toEqual([])
  })

  it('states the impact of every incident and the components of nearly all', () => {
    expect(incidents.filter((i) => i.impactInferred)).toEqual([])
    expect(incidents.filter((i) => i.components.length > 0)).toHaveLength(94)
  })
})
