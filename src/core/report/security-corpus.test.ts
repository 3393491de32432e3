import { marked } from 'marked'
import { beforeAll, describe, expect, it } from 'vitest'
import { HOSTILE_FEEDS } from '../__fixtures__/hostile-feeds'
import { samplePayloads, SECURITY_PAYLOADS } from '../__fixtures__/security-corpus'
import type { ParsedFeed } from '../model'
import { parseFeed } from '../parse/index'
import type { ReportSource } from './build-report'
import { neutralizeFormula, parseCsv } from './csv'
import { formatIncidentsCsv, formatUpdatesCsv } from './format-incidents-csv'
import { formatReportMarkdown } from './format-markdown'
import { formatStatsCsv } from './format-stats-csv'
import { formatStatsMarkdown } from './format-stats-markdown'
import { buildReportWithCharts, type ReportWithCharts } from './html/build-report-document'
import { renderReportHtml } from './html/render-report-html'
import { buildDocumentModel } from './html/vendor-section'

const TEXTS = SECURITY_PAYLOADS.map((p) => p.text)
const NOW = '2026-03-01T00:00:00.000Z'
const PERIOD = { from: '2025-12-01', to: '2026-03-01' }

function parsed(name: keyof typeof HOSTILE_FEEDS): ParsedFeed {
  const outcome = parseFeed(HOSTILE_FEEDS[name](TEXTS), { location: name })
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

/** Three hostile feeds as three vendors, plus small vendors named by payloads. */
function hostileSources(): ReportSource[] {
  const json = parsed('statuspage-json')
  const named = samplePayloads(40).map((p, i) => ({
    location: i % 2 ? `javascript:window.__pwned=${i}` : p.text,
    feed: { ...json, vendor: p.text, incidents: json.incidents.slice(i, i + 3) },
  }))
  return [
    { location: 'https://hostile.example/api/v2/incidents.json', feed: json },
    { location: 'javascript:window.__pwned=1', feed: parsed('rss') },
    { location: '<img src=x onerror=window.__pwned=1>', feed: parsed('instatus-rss') },
    ...named,
  ]
}

// A cell a spreadsheet evaluates: it starts (after blanks) with a formula sign.
// eslint-disable-next-line no-control-regex -- control characters are what it matches
const EVALUATED = /^[\s\u0000-\u001f]*[=+\-@]|^[\t\r]/
const NUMBER = /^-?\d+(\.\d+)?(e-?\d+)?$/

let built: ReportWithCharts
beforeAll(() => {
  built = buildReportWithCharts(hostileSources(), PERIOD, { now: NOW })
})

describe('every exporter under the security corpus', () => {
  it('writes CSV where no text cell would be evaluated and every cell reads back', () => {
    const { report } = built
    const incidents = report.vendors.flatMap((v) => v.incidents)
    const tables = [
      { csv: formatIncidentsCsv(report), rows: incidents.length },
      { csv: formatUpdatesCsv(report), rows: incidents.reduce((n, i) => n + i.updates.length, 0) },
      { csv: formatStatsCsv(report), rows: null },
    ]
    for (const { csv, rows } of tables) {
      const [header, ...body] = parseCsv(csv)
      if (rows !== null) expect(body).toHaveLength(rows)
      const evaluated = body.flat().filter((cell) => EVALUATED.test(cell) && !NUMBER.test(cell))
      expect(evaluated).toEqual([])
      expect(body.every((row) => row.length === header?.length)).toBe(true)
    }
    // The quote is the only change: titles read back as the feed wrote them.
    const [header, ...body] = parseCsv(formatIncidentsCsv(report))
    const title = header?.indexOf('title') ?? -1
    const unquoted = (cell: string) =>
      cell.startsWith("'") && neutralizeFormula(cell.slice(1)) === cell ? cell.slice(1) : cell
    const read = body.map((row) => unquoted(row[title] ?? ''))
    expect(read).toEqual(incidents.map((i) => i.title))
  })

  it('writes Markdown that a non-sanitizing renderer turns into no active HTML', () => {
    const { report } = built
    const markdown = formatReportMarkdown(report, (vendor) => formatStatsMarkdown(vendor.stats))
    const html = marked.parse(markdown, { async: false, gfm: true }) as string
    const tags = new Set(
      [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]?.toLowerCase()),
    )
    expect([...tags].sort()).toEqual([
      'a',
      'h1',
      'h2',
      'p',
      'strong',
      'table',
      'tbody',
      'td',
      'th',
      'thead',
      'tr',
    ])
    const attributes = [
      ...html.matchAll(/<[a-zA-Z][\w-]*((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g),
    ].flatMap((m) => [...(m[1] ?? '').matchAll(/\s+([^\s=>]+)/g)].map((a) => a[1]))
    expect(new Set(attributes)).toEqual(
      new Set(['href', 'align'].filter((a) => attributes.includes(a))),
    )
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '')
    expect(hrefs.length).toBeGreaterThan(0)
    expect(hrefs.filter((href) => !/^https?:\/\//.test(href))).toEqual([])
    // Tables keep their shape: every incident row has its seven cells, whatever the title held.
    const rows = markdown
      .split('\n')
      .filter((line) => /^\| \d{4}-\d{2}-\d{2} \d{2}:\d{2} \|/.test(line))
    expect(rows).toHaveLength(report.vendors.reduce((n, v) => n + v.incidents.length, 0))
  })

  it('renders the title text back exactly, escaped rather than dropped', () => {
    const { report } = built
    const json = report.vendors[0]
    const markdown = formatReportMarkdown({ ...report, vendors: json ? [json] : [] })
    const html = marked.parse(markdown, { async: false, gfm: true }) as string
    const cells = [
      ...html.matchAll(
        /<tr>\n<td>[^<]*<\/td>\n<td>[^<]*<\/td>\n<td>[^<]*<\/td>\n<td>[^<]*<\/td>\n<td>(.*?)<\/td>/g,
      ),
    ]
    const text = (cell: string) =>
      cell
        .replace(/<a href="[^"]*">|<\/a>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
    // What markdownText drops: line breaks become spaces, other control characters go.
    const expected = (json?.incidents ?? []).map((i) =>
      i.title
        // eslint-disable-next-line no-control-regex -- control characters are what it matches
        .replace(/\r\n|[\n\r\t\u000b\u000c\u0085\u2028\u2029]/g, ' ')
        // eslint-disable-next-line no-control-regex -- control characters are what it matches
        .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '')
        .trim(),
    )
    expect(cells.map((m) => text(m[1] ?? '').trim())).toEqual(expected)
  })

  it('renders the HTML report with feed text as text only', () => {
    const page = renderReportHtml(buildDocumentModel(built.report, built.charts))
    expect(page).not.toMatch(/<script|<iframe|<img|<object|<embed|<base|<meta http|<link|<form/i)
    expect(page).not.toMatch(/<[^>]+\son[a-z]+\s*=/i)
    const hrefs = [...page.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '')
    expect(hrefs.filter((href) => !/^(https?:\/\/|#)/.test(href))).toEqual([])
    expect(page).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;')
  })

  it('writes JSON that reads back to the same report', () => {
    const text = JSON.stringify(built.report, null, 2)
    expect(JSON.parse(text)).toEqual(built.report)
  })
})
