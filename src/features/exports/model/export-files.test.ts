import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../core/__fixtures__/fixtures'
import { parseFeed } from '../../../core/parse/index'
import { buildReport } from '../../../core/report/build-report'
import { parseCsv } from '../../../core/report/csv'
import { INCIDENT_CSV_HEADER } from '../../../core/report/format-incidents-csv'
import { buildExportFile, UTF8_BOM } from './export-files'

function report() {
  const outcome = parseFeed(readFixture('seeds/maestra-status-history.rss'), { location: 'm' })
  if (!outcome.ok) throw new Error(outcome.error.message)
  const period = { from: '2025-06-01', to: '2026-06-01' }
  return buildReport([{ location: 'm', feed: outcome.feed }], period, {
    now: '2026-11-21T08:00:00.000Z',
    method: 'strict',
  })
}

describe('the data exports', () => {
  it('writes incidents as RFC 4180 CSV with a byte order mark, named after the period', () => {
    const file = buildExportFile('incidents', report())
    expect(file.filename).toBe('incidents-2025-06-01_2026-06-01.csv')
    expect(file.mime).toBe('text/csv;charset=utf-8')
    expect(file.text.startsWith(UTF8_BOM)).toBe(true)
    expect(file.text).toContain('\r\n')
    const [header, ...rows] = parseCsv(file.text)
    expect(header).toEqual([...INCIDENT_CSV_HEADER])
    expect(rows).toHaveLength(18)
    const admin = rows.find((row) => row[3] === 'Degraded access to admin panel')
    expect(admin?.slice(6, 8)).toEqual(['2026-04-08T15:37:00Z', '2026-04-08T15:53:00Z'])
    const column = (name: (typeof INCIDENT_CSV_HEADER)[number]) =>
      admin?.[INCIDENT_CSV_HEADER.indexOf(name)]
    expect(column('flags')).toBe('duration_discrepancy')
    // maestra's Instatus feed states its components.
    expect(column('components_inferred')).toBe('false')
  })

  it('writes one row per update and the SLA table, each with its own name', () => {
    const updates = buildExportFile('updates', report())
    expect(updates.filename).toBe('incident-updates-2025-06-01_2026-06-01.csv')
    expect(parseCsv(updates.text)[0]?.slice(0, 4)).toEqual([
      'vendor',
      'incident_id',
      'incident_title',
      'at',
    ])
    const sla = buildExportFile('sla', report())
    expect(sla.filename).toBe('sla-2025-06-01_2026-06-01.csv')
    const [header, whole] = parseCsv(sla.text)
    expect(whole?.slice(0, 3)).toEqual(['maestra', 'vendor', 'whole'])
    expect(Number(whole?.[header?.indexOf('uptime_percent') ?? -1])).toBeCloseTo(99.85615, 5)
  })

  it('writes JSON in the headless report shape, without a byte order mark', () => {
    const file = buildExportFile('json', report())
    expect(file.filename).toBe('vendor-report-2025-06-01_2026-06-01.json')
    expect(file.mime).toBe('application/json')
    expect(JSON.parse(file.text)).toEqual(report())
  })
})
