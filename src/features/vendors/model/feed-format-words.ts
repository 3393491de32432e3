import type { FeedFormat } from '../../../core/model'

/** What a feed format is called, in words a procurement user recognises. */
export const FEED_FORMAT_WORDS: Record<FeedFormat, string> = {
  'instatus-rss': 'Instatus RSS feed',
  'statuspage-incident-text': 'Incident page text',
  'statuspage-rss': 'Statuspage RSS history',
  'statuspage-atom': 'Statuspage Atom history',
  'statuspage-json': 'Statuspage JSON',
  'incidentio-json': 'incident.io JSON',
  'gcp-json': 'Google Cloud incidents JSON',
  'aws-json': 'AWS Health Dashboard JSON',
  'aws-rss': 'AWS Health Dashboard RSS',
  'statusio-json': 'Status.io JSON',
  'slack-json': 'Slack status JSON',
  'heroku-json': 'Heroku status JSON',
  'generic-rss': 'RSS feed',
  'generic-atom': 'Atom feed',
}

/** What a found feed contributes, so the user can choose between history and JSON detail. */
export function describeFeedCandidate(candidate: { url: string; format: FeedFormat }): string {
  const path = URL.canParse(candidate.url) ? new URL(candidate.url).pathname : candidate.url
  if (path.endsWith('/summary.json')) return 'Current status and open incidents only'
  if (path.endsWith('/scheduled-maintenances.json')) return 'Planned maintenance'
  if (path.endsWith('/incidents.json')) return 'Recent incidents with components and impact'
  if (path.endsWith('/history.json')) return 'Incident history with components and impact'
  if (candidate.format.endsWith('-json')) return 'Incidents with components and impact'
  if (candidate.format === 'statuspage-incident-text') return 'One incident report'
  return 'Incident history with every update'
}
