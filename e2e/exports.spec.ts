import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { parseFeed } from '../src/core/parse/index'
import { parseCsv } from '../src/core/report/csv'
import type { Report } from '../src/core/report/report-model'

async function exportFile(page: Page, item: string) {
  await page.getByRole('button', { name: 'Export data' }).click()
  const download = page.waitForEvent('download')
  // The items wait, disabled, until every vendor's stored history is loaded.
  await page.getByRole('button', { name: item }).click({ timeout: 20_000 })
  const file = await download
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) }
}

async function demoFeed(name: string) {
  const outcome = parseFeed(await readFile(`public/demo/${name}`, 'utf8'), { location: name })
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.feed
}

test.describe('data exports', () => {
  test('the incidents CSV parses back to the incidents the app loaded, one row each', async ({
    page,
  }) => {
    await page.goto('/?view=incidents&period=all')
    const { name, bytes } = await exportFile(page, 'Incidents (CSV)')
    expect(name).toMatch(/^incidents-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const [header, ...rows] = parseCsv(bytes.toString('utf8'))
    const column = (key: string) => header?.indexOf(key) ?? -1
    const maestra = rows.filter((row) => row[column('vendor')] === 'maestra')
    const feed = await demoFeed('maestra-history.rss')
    expect(maestra).toHaveLength(19)
    const seen = (row: string[]) =>
      [row[column('id')], row[column('title')], row[column('start')]].join(' | ')
    const expected = feed.incidents.map((i) => [i.id, i.title, i.start].join(' | '))
    expect(maestra.map(seen).sort()).toEqual(expected.sort())
    const admin = maestra.find((row) => row[column('title')] === 'Degraded access to admin panel')
    expect(admin?.[column('start')]).toBe('2026-04-08T15:37:00Z')
    expect(admin?.[column('duration_minutes')]).toBe('16')
    expect(admin?.[column('flags')]).toBe('duration_discrepancy')
    for (const vendor of ['Voyado', 'GitHub', 'Claude', 'DigitalOcean', 'Sauce Labs', 'MoonPay'])
      expect(rows.some((row) => row[column('vendor')] === vendor)).toBe(true)
  })

  test('the SLA table and the JSON follow the chosen period and method', async ({ page }) => {
    await page.goto('/?view=incidents&period=custom&from=2025-06-01&to=2026-06-01')
    await page.getByLabel('Uptime method').selectOption('strict')
    const sla = await exportFile(page, 'SLA table (CSV)')
    expect(sla.name).toBe('sla-2025-06-01_2026-06-01.csv')
    const [header, ...rows] = parseCsv(sla.bytes.toString('utf8'))
    const whole = rows.find((row) => row[0] === 'maestra' && row[2] === 'whole')
    // The feed speaks from 2025-06-26 15:24: uptime over that covered part (488,676 minutes).
    expect(Number(whole?.[header?.indexOf('uptime_percent') ?? -1])).toBeCloseTo(
      100 * (1 - 755 / (488_676 - 750)),
      5,
    )
    expect(
      rows.filter((row) => row[0] === 'maestra' && /^\d{4}-\d{2}$/.test(row[2] ?? '')),
    ).toHaveLength(12)
    const json = await exportFile(page, 'Report (JSON)')
    expect(json.name).toBe('vendor-report-2025-06-01_2026-06-01.json')
    const report = JSON.parse(json.bytes.toString('utf8')) as Report
    expect(report.period).toEqual({ from: '2025-06-01', to: '2026-06-01' })
    const maestra = report.vendors.find((v) => v.name === 'maestra')
    expect(Object.keys(maestra ?? {})).toEqual([
      'name',
      'sources',
      'coverage',
      'incidents',
      'stats',
    ])
    expect(maestra?.incidents).toHaveLength(18)
    expect(maestra?.stats).toMatchObject({
      incidentCount: 8,
      maintenanceCount: 10,
      incidentMinutes: 755,
      maintenanceMinutes: 750,
      mttrMinutes: 94.375,
    })
    expect(maestra?.sources).toEqual([
      { location: '/demo/maestra-history.rss', format: 'instatus-rss' },
    ])
  })
})
