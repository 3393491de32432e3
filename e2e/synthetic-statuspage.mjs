// A synthetic Statuspage page, generated from a seed "now": history.json pages (three months a
// page), one JSON document per incident, the /api/v2 lists and a history.atom. One history page
// fails once and one answers slowly, so backfill's retry and patience are exercised. Every request
// is logged with its start and end, so tests can check the per-host limit from the server's side.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const IMPACTS = ['minor', 'major', 'critical', 'minor', 'none']
const COMPONENTS = [
  { id: 'cmpapi000001', name: 'API' },
  { id: 'cmpweb000001', name: 'Webhooks' },
  { id: 'cmpdsh000001', name: 'Dashboard' },
]
const pad = (n, width = 2) => String(n).padStart(width, '0')
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z')

/**
 * @param {{ now?: number, months?: number, perMonth?: number, failOncePage?: number,
 *   slowPage?: number, slowMs?: number, name?: string }} options
 */
export function createSyntheticStatuspage(options = {}) {
  const now = options.now ?? Date.now()
  const months = options.months ?? 15
  const perMonth = options.perMonth ?? 2
  const name = options.name ?? 'Synthetic'
  const nowDate = new Date(now)
  const incidents = []
  for (let back = 0; back < months; back++) {
    const year = nowDate.getUTCFullYear()
    const monthStart = Date.UTC(year, nowDate.getUTCMonth() - back, 1)
    for (let k = 0; k < perMonth; k++) {
      const index = incidents.length
      const start = monthStart + (3 + k * 9) * 86_400_000 + (8 + (index % 7)) * 3_600_000
      if (start > now - 3 * 3_600_000) continue
      const component = COMPONENTS[index % COMPONENTS.length]
      incidents.push({
        code: `synth${pad(index, 7)}`,
        name: `Errors on ${component.name}`,
        impact: IMPACTS[index % IMPACTS.length],
        component,
        start,
        end: start + (30 + (index % 5) * 25) * 60_000,
      })
    }
  }
  const page = (origin) => ({
    id: 'synthpage001',
    name,
    url: origin,
    time_zone: 'Etc/UTC',
    updated_at: iso(now),
  })

  const stamp = (ms) => {
    const d = new Date(ms)
    return `${MONTHS[d.getUTCMonth()].slice(0, 3)} <var data-var='date'>${d.getUTCDate()}</var>, <var data-var='time'>${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}</var>`
  }
  const clock = (ms) =>
    `<var data-var='time'>${pad(new Date(ms).getUTCHours())}:${pad(new Date(ms).getUTCMinutes())}</var>`
  const sameDay = (a, b) =>
    new Date(a).toISOString().slice(0, 10) === new Date(b).toISOString().slice(0, 10)
  const historyEntry = (i) => ({
    code: i.code,
    name: i.name,
    message: 'This incident has been resolved.',
    impact: i.impact,
    timestamp: `${stamp(i.start)} - ${sameDay(i.start, i.end) ? clock(i.end) : stamp(i.end)} UTC`,
  })
  const historyPage = (origin, number) => {
    const list = []
    for (let offset = 0; offset < 3; offset++) {
      const back = (number - 1) * 3 + offset
      const first = new Date(Date.UTC(nowDate.getUTCFullYear(), nowDate.getUTCMonth() - back, 1))
      const inMonth = incidents.filter((i) => {
        const d = new Date(i.start)
        return (
          d.getUTCFullYear() === first.getUTCFullYear() && d.getUTCMonth() === first.getUTCMonth()
        )
      })
      list.push({
        name: MONTHS[first.getUTCMonth()],
        year: first.getUTCFullYear(),
        incidents: back < months ? inMonth.map(historyEntry) : [],
      })
    }
    return {
      page_status: {
        page: page(origin),
        status: { indicator: 'none', description: 'All Systems Operational' },
      },
      components: COMPONENTS.map((c, position) => ({ ...c, status: 'operational', position })),
      months: list,
    }
  }
  const incidentJson = (origin, i) => ({
    id: i.code,
    name: i.name,
    status: 'resolved',
    created_at: iso(i.start),
    updated_at: iso(i.end),
    monitoring_at: null,
    resolved_at: iso(i.end),
    impact: i.impact,
    shortlink: `${origin}/s/${i.code}`,
    started_at: iso(i.start),
    page_id: 'synthpage001',
    incident_updates: [
      {
        id: `${i.code}u2`,
        status: 'resolved',
        body: 'This incident has been resolved.',
        created_at: iso(i.end),
        updated_at: iso(i.end),
        display_at: iso(i.end),
        affected_components: [
          {
            code: i.component.id,
            name: i.component.name,
            old_status: 'degraded_performance',
            new_status: 'operational',
          },
        ],
      },
      {
        id: `${i.code}u1`,
        status: 'investigating',
        body: `We are investigating errors on ${i.component.name}.`,
        created_at: iso(i.start),
        updated_at: iso(i.start),
        display_at: iso(i.start),
        affected_components: [
          {
            code: i.component.id,
            name: i.component.name,
            old_status: 'operational',
            new_status: 'degraded_performance',
          },
        ],
      },
    ],
    components: [{ ...i.component, status: 'operational' }],
  })
  const atom = (origin) => {
    const host = new URL(origin).host
    const entries = incidents.slice(0, 10).map(
      (i) => `  <entry>
    <id>tag:${host},2005:Incident/${i.code}</id>
    <published>${iso(i.end)}</published>
    <updated>${iso(i.end)}</updated>
    <link rel="alternate" type="text/html" href="${origin}/incidents/${i.code}"/>
    <title>${i.name}</title>
    <content type="html">${escapeXml(`<p><small>${stamp(i.end)} UTC</small><br><strong>Resolved</strong> - This incident has been resolved.</p><p><small>${stamp(i.start)} UTC</small><br><strong>Investigating</strong> - We are investigating errors on ${i.component.name}.</p>`)}</content>
  </entry>`,
    )
    return `<?xml version="1.0" encoding="UTF-8"?>
<feed xml:lang="en-US" xmlns="http://www.w3.org/2005/Atom">
  <id>tag:${host},2005:/history</id>
  <link rel="alternate" type="text/html" href="${origin}"/>
  <link rel="self" type="application/atom+xml" href="${origin}/history.atom"/>
  <title>${name} Status - Incident History</title>
  <updated>${iso(now)}</updated>
  <author>
    <name>${name}</name>
  </author>
${entries.join('\n')}
</feed>
`
  }

  const log = []
  let inFlight = 0
  let maxInFlight = 0
  const failed = new Set()

  /** Answers one request under `origin` (the page's address): { status, type, body, delayMs }. */
  function answer(origin, pathname, search) {
    const params = new URLSearchParams(search)
    if (pathname === '' || pathname === '/') {
      return {
        status: 200,
        type: 'text/html; charset=utf-8',
        body: `<!doctype html><html><head><title>${name} Status</title>
<link rel="alternate" type="application/atom+xml" title="${name} Status History" href="${origin}/history.atom">
<link rel="alternate" type="application/json" href="${origin}/api/v2/incidents.json">
<link rel="alternate" type="application/json" href="${origin}/api/v2/scheduled-maintenances.json">
<link rel="alternate" type="application/json" href="${origin}/api/v2/summary.json">
</head><body><h1>${name} Status</h1></body></html>`,
      }
    }
    const json = (value, extra = {}) => ({
      status: 200,
      type: 'application/json',
      body: JSON.stringify(value),
      ...extra,
    })
    if (pathname === '/history.atom')
      return { status: 200, type: 'application/atom+xml', body: atom(origin) }
    if (pathname === '/history.json') {
      const number = Number(params.get('page') ?? '1')
      if (!Number.isInteger(number) || number < 1)
        return { status: 404, type: 'text/plain', body: 'no page' }
      if (number === options.failOncePage && !failed.has(number)) {
        failed.add(number)
        return { status: 500, type: 'text/plain', body: 'temporarily unavailable' }
      }
      const delayMs = number === options.slowPage ? (options.slowMs ?? 1500) : 0
      return json(historyPage(origin, number), { delayMs })
    }
    if (pathname === '/api/v2/incidents.json')
      return json({
        page: page(origin),
        incidents: incidents.slice(0, 3).map((i) => incidentJson(origin, i)),
      })
    if (pathname === '/api/v2/scheduled-maintenances.json')
      return json({ page: page(origin), scheduled_maintenances: [] })
    if (pathname === '/api/v2/summary.json')
      return json({
        page: page(origin),
        components: COMPONENTS.map((c, position) => ({ ...c, status: 'operational', position })),
        incidents: [],
        scheduled_maintenances: [],
        status: { indicator: 'none', description: 'All Systems Operational' },
      })
    const match = /^\/api\/v2\/incidents\/([a-z0-9]+)\.json$/.exec(pathname)
    const incident = match && incidents.find((i) => i.code === match[1])
    if (incident) return json({ page: page(origin), incident: incidentJson(origin, incident) })
    return { status: 404, type: 'text/plain', body: 'not found' }
  }

  /** Serves one Node request whose path (after the page's prefix) is `pathname`, logging it. */
  async function handle(req, res, origin, pathname, search) {
    const entry = { path: `${pathname}${search}`, start: Date.now(), end: 0, status: 0 }
    log.push(entry)
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    try {
      const reply = answer(origin, pathname, search)
      if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs))
      entry.status = reply.status
      res.writeHead(reply.status, { 'content-type': reply.type }).end(reply.body)
    } finally {
      inFlight--
      entry.end = Date.now()
    }
  }

  return {
    incidents,
    handle,
    answer,
    /** What the server saw: every request, and the most it ever had in flight at once. */
    report: () => ({
      maxInFlight,
      requests: log.map((e) => ({ ...e })),
      incidents: incidents.map(({ code, start, end }) => ({ code, start, end })),
    }),
  }
}

function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
