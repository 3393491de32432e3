import { describe, expect, it } from 'vitest'
import { allFeedFixtures, readFixture } from '../../__fixtures__/fixtures'
import type { FeedFormat } from '../../model'
import { sniff } from '../sniff'
import * as clouds from './index'

const adapters = Object.values(clouds)

// Which of our formats each fixture is; every other fixture belongs to another adapter.
const OWN: Record<string, FeedFormat> = {
  'real/gcp-incidents-2022-07.json': 'gcp-json',
  'real/aws-shd-data-2022-07.json': 'aws-json',
  'real/aws-shd-rss-ec2-ap-northeast-1-2019-09-07.rss': 'aws-rss',
  'real/statusio-public-status-docker-2020-07-16.json': 'statusio-json',
  'real/statusio-public-status-gitlab-2020-02-09.json': 'statusio-json',
  'real/statusio-public-status-gitlab-2020-09-05-maintenance.json': 'statusio-json',
  'real/slack-api-v2-current-2020-07-30.json': 'slack-json',
  'real/heroku-api-v4-current-status-2019-10-24.json': 'heroku-json',
  'real/heroku-api-v4-current-status-maintenance.json': 'heroku-json',
}

describe('canParse of the cloud and custom adapters', () => {
  it('exports the six adapters under their formats', () => {
    expect(adapters.map((a) => a.format).sort()).toEqual([
      'aws-json',
      'aws-rss',
      'gcp-json',
      'heroku-json',
      'slack-json',
      'statusio-json',
    ])
  })

  it.each(allFeedFixtures())('claims %s only by its own adapter', (path) => {
    const input = sniff(readFixture(path))
    const claimed = adapters.filter((a) => a.canParse(input)).map((a) => a.format)
    expect(claimed).toEqual(OWN[path] ? [OWN[path]] : [])
  })

  it('lists every assigned sample among the fixtures', () => {
    expect(allFeedFixtures()).toEqual(expect.arrayContaining(Object.keys(OWN)))
  })

  it.each([
    ['an empty array', '[]'],
    ['a Statuspage summary', '{"page":{},"status":{"indicator":"none"},"incidents":[]}'],
    ['plain text', 'Incident Report for Voyado'],
    ['an empty RSS channel', '<rss version="2.0"><channel><title>x</title></channel></rss>'],
  ])('claims nothing for %s', (_name, text) => {
    const input = sniff(text)
    expect(adapters.filter((a) => a.canParse(input))).toEqual([])
  })
})
