import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { marked } from 'marked'
import { hostileStatuspageJson } from '../core/__fixtures__/hostile-feeds'
import { samplePayloads } from '../core/__fixtures__/security-corpus'
import { parseCsv } from '../core/report/csv'
import type { Report } from '../core/report/report-model'

const run = promisify(execFile)
const fixtures = new URL('../core/__fixtures__/', import.meta.url).pathname
const maestra = `${fixtures}seeds/maestra-status-history.rss`
const voyado = `${fixtures}seeds/voyado-engage-incident-report.txt`

async function report(...args: string[]) {
  return reportWithEnv({}, ...args)
}

async function reportWithEnv(env: Record<string, string>, ...args: string[]) {
  const options = { cwd: process.cwd(), env: { ...process.env, ...env } }
  return run(process.execPath, ['--import', 'tsx', 'src/cli/report.ts', ...args], options)
}

async function failure(...args: string[]) {
  return report(...args).then(
    () => null,
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  )
}

async function withFeedServer(test: (url: string, port: number) => Promise<void>) {
  const body = await readFile(maestra)
  const server = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  try {
    await test(`http://127.0.0.1:${port}/history.rss`, port)
  } finally {
    server.close()
  }
}

describe('npm run report', () => {
  it("reads URL inputs through the proxy's safe fetcher, refusing loopback unless allowed", async () => {
    await withFeedServer(async (url, port) => {
      const refused = await reportWithEnv({}, url).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      )
      expect(refused).toMatchObject({ code: 1 })
      expect(refused?.stderr).toMatch(/^report: http:\/\/127\.0\.0\.1:\d+\/history\.rss: /)
      const allowed = await reportWithEnv(
        { PROXY_ALLOW_HOSTS: `127.0.0.1:${port}`, ALLOWED_PORTS: String(port) },
        '--format',
        'json',
        url,
      )
      expect((JSON.parse(allowed.stdout) as Report).vendors[0]?.incidents).toHaveLength(19)
    })
  })

  it('prints the JSON shape scripts depend on, with vendors named from their feeds', async () => {
    const { stdout } = await report('--format', 'json', maestra, voyado)
    const parsed = JSON.parse(stdout) as Report
    expect(parsed.vendors.map((v) => v.name)).toEqual(['maestra', 'Voyado'])
    const [first] = parsed.vendors
    expect(Object.keys(first ?? {})).toEqual(['name', 'sources', 'coverage', 'incidents', 'stats'])
    expect(first?.sources).toEqual([{ location: maestra, format: 'instatus-rss' }])
    expect(first?.incidents).toHaveLength(19)
    expect(Object.keys(first?.incidents[0] ?? {})).toEqual([
      'id',
      'title',
      'kind',
      'impact',
      'impactInferred',
      'components',
      'componentsInferred',
      'start',
      'end',
      'durationMinutes',
      'declaredDurationMinutes',
      'scheduledStart',
      'scheduledEnd',
      'url',
      'flags',
      'windowText',
      'updates',
    ])
    expect(Object.keys(first?.incidents[0]?.updates[0] ?? {})).toEqual(['at', 'status', 'text'])
    expect(first?.stats).toMatchObject({
      incidentCount: 8,
      maintenanceCount: 11,
      formula: expect.stringContaining('statuspage'),
    })
  })

  it("gives maestra's ground-truth figures under strict with maintenance excluded", async () => {
    const { stdout } = await report(
      '--format',
      'json',
      '--method',
      'strict',
      '--maintenance',
      'exclude',
      '--from',
      '2025-06-01',
      '--to',
      '2026-06-01',
      maestra,
    )
    const stats = (JSON.parse(stdout) as Report).vendors[0]?.stats
    expect(stats).toMatchObject({
      incidentCount: 8,
      maintenanceCount: 10,
      incidentMinutes: 755,
      maintenanceMinutes: 750,
      mttrMinutes: 94.375,
    })
    expect(stats?.uptimePercent).toBeCloseTo(99.85615, 5)
    for (const name of [
      'weightedIncidentMinutes',
      'longestIncidentMinutes',
      'coverage',
      'months',
      'quarters',
      'sla',
      'components',
    ]) {
      expect(stats).toHaveProperty(name)
    }
    expect(stats?.components[0]).toMatchObject({
      name: expect.any(String),
      incidentMinutes: expect.any(Number),
      uptimePercent: expect.any(Number),
    })
  })

  it('switches method, maintenance mode, duration source and target from the command line', async () => {
    const args = ['--format', 'json', '--from', '2025-06-01', '--to', '2026-06-01', maestra]
    const figures = async (...extra: string[]) =>
      (JSON.parse((await report(...extra, ...args)).stdout) as Report).vendors[0]?.stats
    const custom = await figures(
      '--method',
      'custom:major=1,partial=0.5,degraded=0,unknown=0.5',
      '--target',
      '99.5',
    )
    expect(custom?.formula).toContain('0.5·partial')
    expect(custom?.sla.target).toBe(99.5)
    const down = await figures('--method', 'strict', '--maintenance', 'down')
    expect(down?.uptimePercent).toBeCloseTo(100 * (1 - (755 + 750) / 525600), 6)
    const timeline = await figures('--method', 'strict', '--duration-source', 'timeline')
    expect(timeline?.incidentMinutes).toBeGreaterThan(755)
  })

  it('prints the SLA table as CSV with --table stats', async () => {
    const { stdout } = await report(
      '--format',
      'csv',
      '--table',
      'stats',
      '--method',
      'strict',
      '--from',
      '2025-06-01',
      '--to',
      '2026-06-01',
      maestra,
    )
    const [header, whole] = parseCsv(stdout)
    expect(header?.slice(0, 3)).toEqual(['vendor', 'scope', 'period'])
    expect(whole?.slice(0, 3)).toEqual(['maestra', 'vendor', 'whole'])
    expect(Number(whole?.[header?.indexOf('uptime_percent') ?? -1])).toBeCloseTo(99.85615, 5)
  })

  it('lists only the incidents that overlap --from/--to', async () => {
    const { stdout } = await report(
      '--format',
      'json',
      '--from',
      '2025-10-01',
      '--to',
      '2025-11-01',
      maestra,
    )
    const titles = (JSON.parse(stdout) as Report).vendors[0]?.incidents.map((i) => i.title)
    expect(titles).toEqual([
      'Transactional communications are sent with delay',
      'Delays processing asynchronous operation calls',
      'Network equipment upgrade',
      'Platform outage',
    ])
  })

  it('prints CSV that parses back to the same incidents', async () => {
    const { stdout } = await report('--format', 'csv', voyado)
    const [header, row] = parseCsv(stdout)
    expect(header?.slice(0, 4)).toEqual(['vendor', 'id', 'kind', 'title'])
    expect(row?.slice(2, 9)).toEqual([
      'incident',
      '[Engage] API issues',
      'unknown',
      'true',
      '2025-04-30T14:09:00Z',
      '2025-04-30T15:41:00Z',
      '92',
    ])
  })

  it('prints a readable Markdown table by default', async () => {
    const { stdout } = await report(voyado)
    expect(stdout).toContain('## Voyado')
    expect(stdout).toContain(
      '| 2025-04-30 14:09 | 1 h 32 min | incident | unknown (inferred) | \\[Engage\\] API issues | Engage (API) |',
    )
  })

  it('prints a hostile feed as CSV no spreadsheet evaluates and Markdown that renders inert', async () => {
    const texts = samplePayloads(8).map((p) => p.text)
    const file = join(await mkdtemp(join(tmpdir(), 'report-hostile-')), 'hostile.json')
    await writeFile(file, hostileStatuspageJson(texts, '<script>window.__pwned=1</script>'))
    const csv = (await report('--format', 'csv', file)).stdout
    const [header, ...rows] = parseCsv(csv)
    const title = header?.indexOf('title') ?? -1
    expect(rows).toHaveLength(texts.length)
    expect(rows.filter((row) => /^[\s=+\-@]/.test(row[title] ?? ''))).toEqual([])
    const html = marked.parse((await report(file)).stdout, { async: false, gfm: true }) as string
    expect(html).not.toMatch(/<(script|img|svg|iframe|details|a href="(?!https?:))/i)
    expect(html).toContain('<h2>&lt;script&gt;window.__pwned=1&lt;/script&gt;</h2>')
  })

  it('explains bad usage and bad files with a non-zero exit', async () => {
    expect(await failure('--format', 'pdf', maestra)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--format is one of md, json, csv'),
    })
    expect(await failure('--from', '2026-13-01', maestra)).toMatchObject({ code: 2 })
    expect(await failure('--method', 'lenient', maestra)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--method: Unknown method "lenient"'),
    })
    expect(await failure('missing.rss')).toMatchObject({
      code: 1,
      stderr: 'report: missing.rss: no such file\n',
    })
    expect(await failure(`${fixtures}real/SOURCES.md`)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('not a status feed format'),
    })
  })
})
