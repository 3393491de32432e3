export const STATUS_PLATFORMS = [
  'statuspage',
  'incidentio',
  'instatus',
  'statusio',
  'custom',
] as const
export type StatusPlatform = (typeof STATUS_PLATFORMS)[number]

export interface CatalogueVendor {
  name: string
  /** The public status page; discovery finds its feeds. */
  statusPage: string
  platform: StatusPlatform
}

/** Well-known vendors to add in one click (status pages as published in 2026). */
export const VENDOR_CATALOGUE: readonly CatalogueVendor[] = [
  { name: 'GitHub', statusPage: 'https://www.githubstatus.com', platform: 'statuspage' },
  { name: 'Atlassian', statusPage: 'https://status.atlassian.com', platform: 'statuspage' },
  {
    name: 'Bitbucket',
    statusPage: 'https://bitbucket.status.atlassian.com',
    platform: 'statuspage',
  },
  { name: 'Claude', statusPage: 'https://status.claude.com', platform: 'statuspage' },
  { name: 'OpenAI', statusPage: 'https://status.openai.com', platform: 'incidentio' },
  { name: 'Cloudflare', statusPage: 'https://www.cloudflarestatus.com', platform: 'statuspage' },
  { name: 'DigitalOcean', statusPage: 'https://status.digitalocean.com', platform: 'statuspage' },
  { name: 'Twilio', statusPage: 'https://status.twilio.com', platform: 'statuspage' },
  { name: 'SendGrid', statusPage: 'https://status.sendgrid.com', platform: 'statuspage' },
  { name: 'Mailgun', statusPage: 'https://status.mailgun.com', platform: 'statuspage' },
  { name: 'Datadog', statusPage: 'https://status.datadoghq.com', platform: 'statuspage' },
  { name: 'New Relic', statusPage: 'https://status.newrelic.com', platform: 'statuspage' },
  { name: 'PagerDuty', statusPage: 'https://status.pagerduty.com', platform: 'statuspage' },
  { name: 'Sentry', statusPage: 'https://status.sentry.io', platform: 'statuspage' },
  { name: 'npm', statusPage: 'https://status.npmjs.org', platform: 'statuspage' },
  { name: 'Vercel', statusPage: 'https://www.vercel-status.com', platform: 'statuspage' },
  { name: 'Netlify', statusPage: 'https://www.netlifystatus.com', platform: 'statuspage' },
  { name: 'Dropbox', statusPage: 'https://status.dropbox.com', platform: 'statuspage' },
  { name: 'Discord', statusPage: 'https://discordstatus.com', platform: 'statuspage' },
  { name: 'Reddit', statusPage: 'https://www.redditstatus.com', platform: 'statuspage' },
  { name: 'Zoom', statusPage: 'https://status.zoom.us', platform: 'statuspage' },
  { name: 'Shopify', statusPage: 'https://www.shopifystatus.com', platform: 'statuspage' },
  { name: 'HubSpot', statusPage: 'https://status.hubspot.com', platform: 'statuspage' },
  { name: 'Intercom', statusPage: 'https://www.intercomstatus.com', platform: 'statuspage' },
  { name: 'Auth0', statusPage: 'https://status.auth0.com', platform: 'statuspage' },
  { name: 'Segment', statusPage: 'https://status.segment.com', platform: 'statuspage' },
  { name: 'Algolia', statusPage: 'https://status.algolia.com', platform: 'statuspage' },
  { name: 'CircleCI', statusPage: 'https://status.circleci.com', platform: 'statuspage' },
  { name: 'Figma', statusPage: 'https://status.figma.com', platform: 'statuspage' },
  { name: 'Asana', statusPage: 'https://status.asana.com', platform: 'statuspage' },
  { name: 'Airtable', statusPage: 'https://status.airtable.com', platform: 'statuspage' },
  { name: 'Box', statusPage: 'https://status.box.com', platform: 'statuspage' },
  { name: 'Linode', statusPage: 'https://status.linode.com', platform: 'statuspage' },
  { name: 'Vultr', statusPage: 'https://status.vultr.com', platform: 'statuspage' },
  { name: 'Fastly', statusPage: 'https://www.fastlystatus.com', platform: 'statuspage' },
  { name: 'Supabase', statusPage: 'https://status.supabase.com', platform: 'statuspage' },
  { name: 'Render', statusPage: 'https://status.render.com', platform: 'statuspage' },
  { name: 'Postman', statusPage: 'https://status.postman.com', platform: 'statuspage' },
  { name: 'Coinbase', statusPage: 'https://status.coinbase.com', platform: 'statuspage' },
  { name: 'Squarespace', statusPage: 'https://status.squarespace.com', platform: 'statuspage' },
  { name: 'Webflow', statusPage: 'https://status.webflow.com', platform: 'statuspage' },
  { name: 'MoonPay', statusPage: 'https://status.moonpay.com', platform: 'statuspage' },
  { name: 'StreamYard', statusPage: 'https://status.streamyard.com', platform: 'statuspage' },
  { name: 'Sauce Labs', statusPage: 'https://status.saucelabs.com', platform: 'statuspage' },
  { name: 'Linear', statusPage: 'https://linearstatus.com', platform: 'incidentio' },
  { name: 'Neon', statusPage: 'https://neonstatus.com', platform: 'incidentio' },
  { name: 'HashiCorp', statusPage: 'https://status.hashicorp.com', platform: 'incidentio' },
  { name: 'maestra', statusPage: 'https://status.maestra.io', platform: 'instatus' },
  { name: 'GitLab', statusPage: 'https://status.gitlab.com', platform: 'statusio' },
  { name: 'Docker', statusPage: 'https://www.dockerstatus.com', platform: 'statusio' },
  { name: 'Heroku', statusPage: 'https://status.heroku.com', platform: 'custom' },
  { name: 'Google Cloud', statusPage: 'https://status.cloud.google.com', platform: 'custom' },
  { name: 'Slack', statusPage: 'https://slack-status.com', platform: 'custom' },
]
