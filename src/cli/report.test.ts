import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../core/report/csv'
import type { Report } from '../core/report/report-model'

const run = promisify(execFile)
const fixtures = new URL('../core/__fixtures__/', import.meta.url).pathname
const maestra = `${fixtures}seeds/maestra-status-history.rss`
const voyado = `${fixtures}seeds/voyado-engage-incident-report.txt`

async function report(...args: string[]) {
  return run(process.execPath, ['--import', 'tsx', 'src/cli/report.ts', ...args], {
    cwd: process.cwd(),
  })
}

async function failure(...args: string[]) {
  return report(...args).then(
    () => null,
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  )
}

describe('npm run report', () => {
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
      'start',
      'end',
      'durationMinutes',
      'declaredDurationMinutes',
      'scheduledStart',
      'scheduledEnd',
      'url',
      'flags',
      'updates',
    ])
    expect(Object.keys(first?.incidents[0]?.updates[0] ?? {})).toEqual(['at', 'status', 'text'])
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
      '| 2025-04-30 14:09 | 1 h 32 min | incident | unknown (inferred) | [Engage] API issues | Engage (API) |',
    )
  })

  it('explains bad usage and bad files with a non-zero exit', async () => {
    expect(await failure('--format', 'pdf', maestra)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--format is one of md, json, csv'),
    })
    expect(await failure('--from', '2026-13-01', maestra)).toMatchObject({ code: 2 })
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
