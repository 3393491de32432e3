/** One incident of a synthetic Statuspage feed; updates oldest first, ISO UTC instants. */
export interface FeedIncident {
  code: string
  title: string
  updates: { at: string; status: string; text: string }[]
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function stamp(iso: string): string {
  const date = new Date(iso)
  const time = date.toISOString().slice(11, 16)
  return `${MONTHS[date.getUTCMonth()]} <var data-var='date'> ${date.getUTCDate()}</var>, <var data-var='time'>${time}</var> UTC`
}

function item(pageUrl: string, incident: FeedIncident): string {
  const updates = [...incident.updates].reverse() // Statuspage lists the newest update first
  const html = updates
    .map((u) => `<p><small>${stamp(u.at)}</small><br><strong>${u.status}</strong> - ${u.text}</p>`)
    .join('')
  const first = incident.updates[0]?.at ?? new Date(0).toISOString()
  const link = `${pageUrl}/incidents/${incident.code}`
  return `<item><title>${escape(incident.title)}</title><description>${escape(html)}</description>
<pubDate>${new Date(first).toUTCString()}</pubDate><link>${link}</link><guid>${link}</guid></item>`
}

/** A Statuspage history RSS like the real ones (src/core/__fixtures__/real), for store tests. */
export function statuspageRss(
  incidents: readonly FeedIncident[],
  pageUrl = 'https://status.vendor.test',
): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Vendor Status - Incident History</title><link>${pageUrl}</link>
<description>Statuspage</description>
${incidents.map((incident) => item(pageUrl, incident)).join('\n')}
</channel></rss>`
}

/** An incident that opened at `start` and, with `minutes`, was resolved that much later. */
export function incident(code: string, start: string, minutes?: number): FeedIncident {
  const updates = [{ at: start, status: 'Investigating', text: `Looking into ${code}.` }]
  if (minutes !== undefined) {
    const end = new Date(Date.parse(start) + minutes * 60_000).toISOString()
    updates.push({ at: end, status: 'Resolved', text: `${code} is fixed.` })
  }
  return { code, title: `Errors on ${code}`, updates }
}
