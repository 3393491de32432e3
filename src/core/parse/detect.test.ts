import { describe, expect, it } from 'vitest'
import { readFixture } from '../__fixtures__/fixtures'
import type { FeedFormat } from '../model'
import { detectFormat } from './detect'

const EXPECTED: Record<string, FeedFormat> = {
  'seeds/maestra-status-history.rss': 'instatus-rss',
  'seeds/voyado-engage-incident-report.txt': 'statuspage-incident-text',
  'real/aws-shd-data-2022-07.json': 'aws-json',
  'real/aws-shd-rss-ec2-ap-northeast-1-2019-09-07.rss': 'aws-rss',
  'real/gcp-incidents-2022-07.json': 'gcp-json',
  'real/heroku-api-v4-current-status-2019-10-24.json': 'heroku-json',
  'real/heroku-api-v4-current-status-maintenance.json': 'heroku-json',
  'real/incidentio-compat-summary-openai-2026-09-29.json': 'incidentio-json',
  'real/slack-api-v2-current-2020-07-30.json': 'slack-json',
  'real/statusio-public-status-docker-2020-07-16.json': 'statusio-json',
  'real/statusio-public-status-gitlab-2020-02-09.json': 'statusio-json',
  'real/statusio-public-status-gitlab-2020-09-05-maintenance.json': 'statusio-json',
  'real/statuspage-history-atlassian-metastatuspage-2019-11-23.atom': 'statuspage-atom',
  'real/statuspage-history-claude-2026-02-04.atom': 'statuspage-atom',
  'real/statuspage-history-claude-2026-02-04.rss': 'statuspage-rss',
  'real/statuspage-history-digitalocean-2019-10-30.atom': 'statuspage-atom',
  'real/statuspage-history-digitalocean-2020-01-21.rss': 'statuspage-rss',
  'real/statuspage-history-github-2022-06-11.atom': 'statuspage-atom',
  'real/statuspage-history-github-2025-05-14-maintenance.atom': 'statuspage-atom',
  'real/statuspage-history-github-2026-02-04.atom': 'statuspage-atom',
  'real/statuspage-history-github-2026-02-04.rss': 'statuspage-rss',
  'real/statuspage-history-github-2026-08-22.atom': 'statuspage-atom',
  'real/statuspage-history-moonpay-2025-11-28.rss': 'statuspage-rss',
  'real/statuspage-history-parse-2014.rss': 'statuspage-rss',
  'real/statuspage-history-saucelabs-uswest-2020-11.atom': 'statuspage-atom',
  'real/statuspage-history-streamyard-2024-06-10.atom': 'statuspage-atom',
  'real/statuspage-history-streamyard-2024-06-10.rss': 'statuspage-rss',
  'real/statuspage-history-symantec-wss-2019-12-10.atom': 'statuspage-atom',
  'real/statuspage-incident-github-rcnl10p4hywg.json': 'statuspage-json',
  'real/statuspage-incident-github-rgy28jwprr1c.json': 'statuspage-json',
  'real/statuspage-scheduled-maintenances-claude-2026-09-15.json': 'statuspage-json',
  'real/statuspage-summary-claude-2026-10-07.json': 'statuspage-json',
  'real/statuspage-summary-cloudamqp-2020-07-16-maintenance.json': 'statuspage-json',
  'real/statuspage-summary-twilio-2020-06-16.json': 'statuspage-json',
}

describe('format sniffing over every sample', () => {
  it.each(Object.entries(EXPECTED))('recognises %s as %s from its content', (path, format) => {
    expect(detectFormat(readFixture(path))).toBe(format)
  })

  it('recognises nothing in prose or broken input', () => {
    expect(detectFormat('hello')).toBeNull()
    expect(detectFormat('<rss><channel>')).toBeNull()
    expect(detectFormat('{"status":"ok"}')).toBeNull()
  })
})
