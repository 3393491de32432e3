// Feed documents of every format we read, with hostile text in every field a vendor controls:
// titles, components, update bodies, links. One item per text, each at its own hour.

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const BASE = Date.parse('2026-01-01T00:00:00Z')
const at = (i: number, minutes = 0) => new Date(BASE + i * 3_600_000 + minutes * 60_000)
const iso = (i: number, minutes = 0) => at(i, minutes).toISOString()
const rfc822 = (i: number, minutes = 0) => at(i, minutes).toUTCString().replace('GMT', '+0000')
// Half of the items link to a hostile address: only http(s) may ever become a link.
const link = (i: number) =>
  i % 2 === 0 ? `https://hostile.example/incidents/${i}` : `javascript:window.__pwned=${i}`

/** Generic RSS 2.0: title, description and link from the feed. */
export function hostileRss(texts: readonly string[]): string {
  const items = texts.map(
    (text, i) => `<item><title>${xml(text)}</title><description>${xml(`<p>${text}</p>`)}</description>
<link>${xml(link(i))}</link><guid>hostile-${i}</guid><pubDate>${rfc822(i)}</pubDate></item>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Hostile RSS</title>
<link>https://hostile.example</link><description>hostile</description>${items.join('\n')}</channel></rss>`
}

/** Generic Atom 1.0 with HTML content. */
export function hostileAtom(texts: readonly string[]): string {
  const entries = texts.map(
    (text, i) => `<entry><id>urn:hostile:${i}</id><title>${xml(text)}</title><updated>${iso(i)}</updated>
<link rel="alternate" href="${xml(link(i))}"/><content type="html">${xml(`<p>${text}</p>`)}</content></entry>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Hostile Atom</title><id>urn:hostile</id><updated>${iso(0)}</updated>${entries.join('\n')}</feed>`
}

// Statuspage's update layout: newest first, `<small>` date, `<strong>` status, then the text.
function statuspageUpdates(text: string, i: number): string {
  const stamp = (minutes: number) => {
    const d = at(i, minutes)
    const month = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })
    const time = d.toISOString().slice(11, 16)
    return `${month} <var data-var='date'> ${d.getUTCDate()}</var>, <var data-var='time'>${time}</var> UTC`
  }
  return [
    `<p><small>${stamp(30)}</small><br><strong>Resolved</strong> - ${text}</p>`,
    `<p><small>${stamp(0)}</small><br><strong>Investigating</strong> - ${text}</p>`,
  ].join('')
}

/** Statuspage `/history.atom`; the vendor's name comes from the feed title. */
export function hostileStatuspageAtom(texts: readonly string[], vendor = 'Hostile Status'): string {
  const entries = texts.map(
    (text, i) => `<entry><id>tag:hostile.example,2005:Incident/${i}</id><published>${iso(i, 30)}</published>
<updated>${iso(i, 30)}</updated><link rel="alternate" type="text/html" href="${xml(link(i))}"/>
<title>${xml(text)}</title><content type="html">${xml(statuspageUpdates(text, i))}</content></entry>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?><feed xml:lang="en-US" xmlns="http://www.w3.org/2005/Atom">
<id>tag:hostile.example,2005:/history</id><link rel="alternate" type="text/html" href="https://hostile.example"/>
<title>${xml(vendor)} - Incident History</title><updated>${iso(0)}</updated>${entries.join('\n')}</feed>`
}

/** Statuspage `/history.rss`. */
export function hostileStatuspageRss(texts: readonly string[]): string {
  const items = texts.map(
    (text, i) => `<item><title>${xml(text)}</title><description>${xml(statuspageUpdates(text, i))}</description>
<pubDate>${rfc822(i, 30)}</pubDate><link>${xml(link(i))}</link><guid>${xml(`https://hostile.example/incidents/code${i}`)}</guid></item>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Hostile Status - Incident History</title>
<link>https://hostile.example</link><description>Statuspage</description>${items.join('\n')}</channel></rss>`
}

/** Instatus `/history.rss`: type, duration, components and updates in the description. */
export function hostileInstatusRss(texts: readonly string[]): string {
  const items = texts.map((text, i) => {
    const d = at(i)
    const month = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })
    const stamp = `${month} ${d.getUTCDate()}, ${d.toISOString().slice(11, 19)} GMT+0`
    const description = `Type: Incident\nDuration: 30 minutes\n\nAffected Components: ${text}\n${stamp} - Investigating - ${text}`
    return `<item><title>${xml(text)}</title><description>${xml(description)}</description>
<pubDate>${rfc822(i)}</pubDate><link>${xml(link(i))}</link><guid>${xml(link(i))}#${i}</guid></item>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Hostile Status - Incident history</title>
<link>https://hostile.example</link><description>hostile</description>${items.join('\n')}</channel></rss>`
}

/** Statuspage's JSON API (`/api/v2/incidents.json`), bodies in Markdown. */
export function hostileStatuspageJson(texts: readonly string[], vendor = 'Hostile JSON'): string {
  const incidents = texts.map((text, i) => ({
    id: `hostile${i}`,
    name: text,
    status: 'resolved',
    impact: 'minor',
    created_at: iso(i),
    started_at: iso(i),
    resolved_at: iso(i, 30),
    shortlink: link(i),
    components: [{ id: `c${i}`, name: text, status: 'operational' }],
    incident_updates: [
      { status: 'resolved', body: text, created_at: iso(i, 30), display_at: iso(i, 30) },
      { status: 'investigating', body: text, created_at: iso(i), display_at: iso(i) },
    ],
  }))
  const page = { id: 'hostile', name: vendor, url: 'https://hostile.example' }
  return JSON.stringify({ page: { ...page, time_zone: 'Etc/UTC', updated_at: iso(0) }, incidents })
}

/** A Statuspage incident page pasted as text: one incident, one update per text. */
export function hostileIncidentPage(texts: readonly string[]): string {
  const posted = (i: number) => {
    const d = at(i)
    const month = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })
    return `Posted ${month} ${d.getUTCDate()}, ${d.getUTCFullYear()} - ${d.toISOString().slice(11, 16)} UTC`
  }
  const updates = texts.map((text, i) => `Update\n\n${text}\n${posted(i)}`).reverse()
  return `Hostile incident\n\nIncident Report for Hostile Vendor\n\n${updates.join('\n\n')}\n\nThis incident affected: API.\n`
}

/** Google Cloud's `incidents.json`: description, product titles, update texts and the uri. */
export function hostileGcpJson(texts: readonly string[]): string {
  const incidents = texts.map((text, i) => ({
    id: `hostile${i}`,
    begin: iso(i),
    end: iso(i, 30),
    modified: iso(i, 30),
    external_desc: text,
    status_impact: 'SERVICE_DISRUPTION',
    severity: 'medium',
    service_name: text,
    affected_products: [{ title: text, id: `p${i}` }],
    uri: i % 2 === 0 ? `incidents/hostile${i}` : link(i),
    updates: [
      { when: iso(i, 30), status: 'AVAILABLE', text },
      { when: iso(i), status: 'SERVICE_DISRUPTION', text },
    ],
  }))
  return JSON.stringify(incidents)
}

/** Slack's status API: title, services, notes and url of each incident. */
export function hostileSlackJson(texts: readonly string[]): string {
  const incidents = texts.map((text, i) => ({
    id: i,
    date_created: iso(i),
    date_updated: iso(i, 30),
    title: text,
    type: 'incident',
    status: 'ok',
    url: link(i),
    services: [text],
    notes: [{ date_created: iso(i), body: text }],
  }))
  return JSON.stringify({
    status: 'ok',
    date_created: iso(0),
    date_updated: iso(0),
    active_incidents: incidents,
  })
}

/** Heroku's status API: title, update contents and the incident's address. */
export function hostileHerokuJson(texts: readonly string[]): string {
  const incidents = texts.map((text, i) => ({
    created_at: iso(i),
    duration: 1800,
    full_url: link(i),
    id: i,
    resolved: true,
    resolved_at: iso(i, 30),
    state: 'resolved',
    title: text,
    updated_at: iso(i, 30),
    updates: [
      { contents: text, created_at: iso(i, 30), id: i * 2 + 1, incident_id: i, status_prod: 'green', title: text, update_type: 'resolved' },
      { contents: text, created_at: iso(i), id: i * 2, incident_id: i, status_prod: 'red', title: text, update_type: 'issue' },
    ],
  }))
  return JSON.stringify({ status: [{ system: 'Apps', status: 'green' }], incidents, scheduled: [] })
}

/** status.io's public status API: event names, message details and affected components. */
export function hostileStatusioJson(texts: readonly string[]): string {
  const incidents = texts.map((text, i) => ({
    name: text,
    _id: `hostile${i}`,
    datetime_open: iso(i),
    messages: [
      { details: text, state: 100, status: 500, datetime: iso(i) },
      { details: text, state: 300, status: 100, datetime: iso(i, 30) },
    ],
    components_affected: [{ name: text, _id: `c${i}` }],
  }))
  const overall = { updated: iso(0), status: 'Operational', status_code: 100 }
  const maintenance = { active: [], upcoming: [] }
  return JSON.stringify({ result: { status_overall: overall, status: [], incidents, maintenance } })
}

// AWS stamps each update "12:53 PM PDT".
const awsStamp = (i: number) => {
  const d = at(i)
  const hour = d.getUTCHours() % 12 || 12
  return `${hour}:${String(d.getUTCMinutes()).padStart(2, '0')} ${d.getUTCHours() < 12 ? 'AM' : 'PM'} UTC`
}

/** AWS Health Dashboard `data.json`: service name, summary and the HTML description. */
export function hostileAwsJson(texts: readonly string[]): string {
  const archive = texts.map((text, i) => ({
    service_name: `${text} (Ohio)`,
    summary: `[RESOLVED] ${text}`,
    date: String(Math.floor(at(i).getTime() / 1000)),
    status: '1',
    details: '',
    description: `<div><span class="yellowfg">${awsStamp(i)}</span>&nbsp;${text}</div>`,
    service: `hostile-${i}`,
  }))
  return JSON.stringify({ archive, current: [] })
}

/** An AWS per-service RSS feed: one resolved item per text, the channel named by a text too. */
export function hostileAwsRss(texts: readonly string[]): string {
  const items = texts.map(
    (text, i) => `<item><title>${xml(`Service is operating normally: ${text}`)}</title><link>${xml(link(i))}</link>
<pubDate>${rfc822(i)}</pubDate><guid isPermaLink="false">${xml(`http://status.aws.amazon.com/#hostile_${i}`)}</guid>
<description>${xml(text)}</description></item>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${xml(texts[0] ?? '')} Service Status</title>
<link>http://status.aws.amazon.com/</link><generator>AWS Service Health Dashboard RSS Generator</generator>
<description>hostile</description>${items.join('\n')}</channel></rss>`
}

/** Every builder, by the name of the format it writes. */
export const HOSTILE_FEEDS = {
  rss: hostileRss,
  atom: hostileAtom,
  'statuspage-atom': hostileStatuspageAtom,
  'statuspage-rss': hostileStatuspageRss,
  'instatus-rss': hostileInstatusRss,
  'statuspage-json': hostileStatuspageJson,
  'incident-page': hostileIncidentPage,
  'gcp-json': hostileGcpJson,
  'slack-json': hostileSlackJson,
  'heroku-json': hostileHerokuJson,
  'statusio-json': hostileStatusioJson,
  'aws-json': hostileAwsJson,
  'aws-rss': hostileAwsRss,
} as const
