import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const fixtures = new URL('../core/__fixtures__/', import.meta.url).pathname
const maestra = `${fixtures}seeds/maestra-status-history.rss`
const voyado = `${fixtures}seeds/voyado-engage-incident-report.txt`

const report = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/report.ts', ...args], {
    cwd: process.cwd(),
    maxBuffer: 16 * 1024 * 1024,
  })

const HOSTILE_FEED = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Evil &lt;script&gt;alert(1)&lt;/script&gt; status</title>
<link>https://status.example.com</link><description>x</description>
<item><title>&lt;script&gt;alert("title")&lt;/script&gt;</title><guid>evil-1</guid>
<pubDate>Tue, 10 Jun 2025 10:00:00 +0000</pubDate><description>&lt;img src=x onerror=alert(2)&gt;</description></item>
</channel></rss>`

describe('npm run report -- --format html', () => {
  it('prints the print-ready SLA report: one section per vendor, figures, charts, no scripts', async () => {
    const { stdout } = await report(
      '--format',
      'html',
      '--method',
      'strict',
      '--from',
      '2025-06-01',
      '--to',
      '2026-06-01',
      maestra,
      voyado,
    )
    expect(stdout.startsWith('<!doctype html>\n<html lang="en">')).toBe(true)
    expect(stdout.trimEnd().endsWith('</html>')).toBe(true)
    expect(stdout.match(/<section class="vr-vendor"/g)).toHaveLength(2)
    expect(stdout).toContain('<h2 id="v0-name">maestra</h2>')
    expect(stdout).toContain('<h2 id="v1-name">Voyado</h2>')
    expect(stdout).toContain('.vr-vendor + .vr-vendor { break-before: page;')
    expect(stdout).toContain(
      '<dt>Uptime</dt><dd>99.845 %<span class="vr-detail">covers 93 % of the period',
    )
    expect(stdout).toContain('Period: 2025-06-01 to 2026-05-31 (UTC)')
    expect(stdout.match(/<svg /g)).toHaveLength(2)
    expect(stdout).not.toMatch(/<script|\son\w+="/i)
  })

  it('escapes whatever a feed puts in its titles', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-html-'))
    const path = join(dir, 'evil.rss')
    await writeFile(path, HOSTILE_FEED)
    const { stdout } = await report('--format', 'html', path)
    expect(stdout).not.toMatch(/<script|<img/i)
    expect(stdout).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;')
  })

  it('names html among the formats when the format is wrong', async () => {
    const failure = await report('--format', 'pdf', maestra).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    )
    expect(failure).toMatchObject({ code: 2 })
    expect(failure?.stderr).toContain('--format is one of md, json, csv, html')
  })
})
