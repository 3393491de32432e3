import { describe, expect, it } from 'vitest'
import { readFixture } from '../../__fixtures__/fixtures'
import type { ParsedFeed } from '../../model'
import { parseFeed } from '../../parse/index'
import { makeIncident } from '../../__fixtures__/make-incident'
import { buildReportWithCharts } from './build-report-document'
import { renderReportHtml } from './render-report-html'
import { buildDocumentModel } from './vendor-section'

function feed(path: string): ParsedFeed {
  const outcome = parseFeed(readFixture(path), { location: path })
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

const NOW = '2026-11-21T08:00:00.000Z'
const PERIOD = { from: '2025-06-01', to: '2026-06-01' }

function html(sources: { location: string; feed: ParsedFeed }[], options = {}) {
  const { report, charts } = buildReportWithCharts(sources, PERIOD, { now: NOW, ...options })
  return renderReportHtml(buildDocumentModel(report, charts))
}

const maestra = () => ({ location: 'maestra.rss', feed: feed('seeds/maestra-status-history.rss') })
const voyado = () => ({
  location: 'voyado.txt',
  feed: feed('seeds/voyado-engage-incident-report.txt'),
})

describe('the HTML SLA report', () => {
  it("prints maestra's ground-truth figures, SLA table, charts and flagged incidents", () => {
    const page = html([maestra()], { method: 'strict' })
    expect(page.startsWith('<!doctype html>')).toBe(true)
    expect(page).toContain(
      '<dt>Uptime</dt><dd>99.845 %<span class="vr-detail">covers 93 % of the period',
    )
    expect(page).toContain('<dt>Incidents</dt><dd>8</dd>')
    expect(page).toContain('<dt>Incident time</dt><dd>12 h 35 min')
    expect(page).toContain('<dt>Maintenance</dt><dd>12 h 30 min<span class="vr-detail">10 windows')
    expect(page).toContain('<dt>MTTR</dt><dd>1 h 34 min</dd>')
    expect(page).toContain('<td class="vr-nowrap">2025-Q4</td>')
    expect(page).toContain('<td class="vr-nowrap">2026-05</td>')
    expect(page.match(/<svg /g)).toHaveLength(2)
    expect(page).toContain('Incidents and maintenance in the period (18 items)')
    expect(page).toMatch(
      /<td>Degraded access to admin panel<\/td><td>Admin panel<\/td><td>Duration discrepancy<\/td>/,
    )
    expect(page).toContain('strict method: uptime = 100 × (1 − (1·major + 1·partial')
    expect(page).toContain('data covers 2025-06-26 onward (93.0 % of the period)')
  })

  it('starts each vendor after the first on a new page and keeps rows and headers whole', () => {
    const page = html([maestra(), voyado()])
    expect(page.match(/<section class="vr-vendor"/g)).toHaveLength(2)
    expect(page).toContain('.vr-vendor + .vr-vendor { break-before: page;')
    expect(page).toContain('.vr-table thead { display: table-header-group; }')
    expect(page).toContain('.vr-table tr { break-inside: avoid;')
    expect(page).toContain('@page {')
    // Voyado's data ends before the period: a notice instead of empty tables and charts.
    const voyadoPart = page.slice(page.indexOf('<h2 id="v1-name">Voyado</h2>'))
    expect(voyadoPart).toContain('No data covers this period')
    expect(voyadoPart).not.toContain('<svg')
    expect(voyadoPart).toContain('No incident or maintenance overlaps the period.')
  })

  it('escapes hostile titles, components and vendor names and carries no script', () => {
    const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    const source = {
      location: 'evil "feed" <1>',
      feed: {
        ...feed('seeds/voyado-engage-incident-report.txt'),
        vendor: `Evil ${hostile}`,
        coverage: { from: '2025-06-01T00:00:00Z', to: '2025-07-01T00:00:00Z' },
        incidents: [
          makeIncident({
            title: hostile,
            components: [`</td><td>${hostile}`],
            start: '2025-06-10T10:00:00Z',
            end: '2025-06-10T11:00:00Z',
          }),
        ],
      },
    }
    const page = html([source])
    expect(page).not.toMatch(/<script|<img/i)
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(page).toContain('&lt;/td&gt;&lt;td&gt;')
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(page).toContain('<h2 id="v0-name">Evil &lt;script&gt;')
    expect(page).toContain('evil &quot;feed&quot; &lt;1&gt;')
  })

  it('says so when the report has no vendor', () => {
    expect(html([])).toContain('No vendor in this report.')
  })
})
