import { readFile, writeFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { VIEWS } from '../src/app/views'
import {
  hostileRss,
  hostileStatuspageAtom,
  hostileStatuspageJson,
} from '../src/core/__fixtures__/hostile-feeds'
import { samplePayloads } from '../src/core/__fixtures__/security-corpus'
import { parseFeed } from '../src/core/parse/index'
import { parseCsv } from '../src/core/report/csv'
import { buildReportWithCharts } from '../src/core/report/html/build-report-document'
import { renderReportHtml } from '../src/core/report/html/render-report-html'
import { buildDocumentModel } from '../src/core/report/html/vendor-section'
import { clearDemo, openVendors } from './vendors-helpers'

// Without the app's CSP, so a payload that reached the DOM would run and set window.__pwned.
test.use({ bypassCSP: true, viewport: { width: 1440, height: 900 } })

const TEXTS = samplePayloads(4).map((p) => p.text)
const HOSTILE_VENDOR = '<img src=x onerror=window.__pwned=1>Hostile'
const PERIOD = 'period=custom&from=2025-12-01&to=2026-03-01'
const FILES = [
  {
    name: 'hostile.json',
    mimeType: 'application/json',
    text: hostileStatuspageJson(TEXTS, HOSTILE_VENDOR),
  },
  { name: 'hostile.atom', mimeType: 'application/atom+xml', text: hostileStatuspageAtom(TEXTS) },
  { name: 'hostile.rss', mimeType: 'application/rss+xml', text: hostileRss(TEXTS) },
]
// A cell a spreadsheet evaluates: it starts (after blanks) with a formula sign.
// eslint-disable-next-line no-control-regex -- control characters are what it matches
const EVALUATED = /^[\s\u0000-\u001f]*[=+\-@]|^[\t\r]/
const NUMBER = /^-?\d+(\.\d+)?(e-?\d+)?$/

/** Nothing ran: no flag, no dialog, no page error. */
async function expectInert(page: Page, dialogs: string[], errors: string[]) {
  await page.waitForTimeout(100)
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
  expect(dialogs).toEqual([])
  expect(errors).toEqual([])
}

/** Proof that this page would run a payload that got through: an inline handler does run. */
async function expectHandlersRun(page: Page) {
  await page.evaluate(() => {
    const probe = document.createElement('img')
    probe.setAttribute('onerror', 'window.__canary = 1')
    probe.src = 'data:,'
    document.body.append(probe)
  })
  await expect.poll(() => page.evaluate(() => (window as { __canary?: unknown }).__canary)).toBe(1)
}

/** Proof that a file of this kind opened in Chromium runs its script. */
async function expectFileScriptsRun(page: Page, name: string, text: string) {
  const path = test.info().outputPath(name)
  await writeFile(path, text)
  await page.goto(`file://${path}`)
  await expect.poll(() => page.evaluate(() => (window as { __canary?: unknown }).__canary)).toBe(1)
}

function watch(page: Page) {
  const dialogs: string[] = []
  const errors: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return { dialogs, errors }
}

async function download(page: Page, open: () => Promise<void>, item: string) {
  await open()
  const file = page.waitForEvent('download')
  await page
    .getByRole('button', { name: item })
    .or(page.getByRole('menuitem', { name: item }))
    .click()
  const saved = await file
  // Files go to the test's output folder, which Playwright clears before each run.
  const path = test.info().outputPath(saved.suggestedFilename())
  await saved.saveAs(path)
  return { name: saved.suggestedFilename(), path, text: await readFile(path, 'utf8') }
}

test('a hostile workspace runs nothing in any view, the detail panel or any export', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000)
  const { dialogs, errors } = watch(page)
  await openVendors(page)
  await expectHandlersRun(page)
  await clearDemo(page)
  const importPanel = page.getByRole('region', { name: 'Import files or text' })
  await importPanel
    .getByLabel('Choose files')
    .setInputFiles(
      FILES.map(({ name, mimeType, text }) => ({ name, mimeType, buffer: Buffer.from(text) })),
    )
  await expect(page.getByRole('heading', { name: 'Your vendors (3)' })).toBeVisible({
    timeout: 60_000,
  })
  await expectInert(page, dialogs, errors)

  for (const view of VIEWS) {
    await page.goto(`/?view=${view.id}&${PERIOD}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.waitForLoadState('networkidle')
    await expectInert(page, dialogs, errors)
  }

  await page.goto(`/?view=incidents&${PERIOD}`)
  await expect(page.getByRole('status').filter({ hasText: /incidents match$/ })).toBeVisible({
    timeout: 30_000,
  })
  for (let row = 1; row <= 12; row += 1) {
    await page.getByRole('row').nth(row).getByRole('button').first().click()
    await expect(page.getByRole('dialog').getByRole('list', { name: 'Updates' })).toBeVisible()
    await page.keyboard.press('Escape')
  }
  await expectInert(page, dialogs, errors)

  const openMenu = () => page.getByRole('button', { name: 'Export data' }).click()
  for (const item of ['Incidents (CSV)', 'Updates (CSV)', 'SLA table (CSV)']) {
    const { text } = await download(page, openMenu, item)
    const [header, ...rows] = parseCsv(text)
    expect(rows.length, item).toBeGreaterThan(0)
    expect(
      rows.every((row) => row.length === header?.length),
      item,
    ).toBe(true)
    expect(
      rows.flat().filter((cell) => EVALUATED.test(cell) && !NUMBER.test(cell)),
      item,
    ).toEqual([])
  }
  const json = await download(page, openMenu, 'Report (JSON)')
  expect(JSON.parse(json.text)).toHaveProperty('vendors')
  await expectInert(page, dialogs, errors)

  // The comparison SVG carries the vendors' names; opened as a file, it must run nothing.
  await page.goto(`/?view=compare&${PERIOD}`)
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible()
  const openChartMenu = () => page.getByRole('button', { name: 'Export comparison charts' }).click()
  const svg = await download(page, openChartMenu, 'SVG')
  expect(svg.text).toContain('&lt;img src=x onerror=window.__pwned=1&gt;Hostile')
  await expectInert(page, dialogs, errors)
  const file = await context.newPage()
  const fileWatch = watch(file)
  await expectFileScriptsRun(
    file,
    'control.svg',
    '<svg xmlns="http://www.w3.org/2000/svg"><script>window.__canary = 1</script></svg>',
  )
  await file.goto(`file://${svg.path}`)
  await expect(file.locator('svg').first()).toBeAttached()
  await expectInert(file, fileWatch.dialogs, fileWatch.errors)
})

test('the HTML report of hostile feeds, opened as a file, runs nothing', async ({ page }) => {
  const { dialogs, errors } = watch(page)
  await expectFileScriptsRun(page, 'control.html', '<script>window.__canary = 1</script>')
  const sources = FILES.map(({ name, text }) => {
    const outcome = parseFeed(text, { location: name })
    if (!outcome.ok) throw new Error(outcome.error.message)
    return { location: name, feed: outcome.feed }
  })
  const period = { from: '2025-12-01', to: '2026-03-01' }
  const { report, charts } = buildReportWithCharts(sources, period, { now: '2026-03-01T00:00:00Z' })
  const path = test.info().outputPath('report.html')
  await writeFile(path, renderReportHtml(buildDocumentModel(report, charts)))
  await page.goto(`file://${path}`)
  await expect(page.getByRole('heading', { name: HOSTILE_VENDOR })).toBeVisible()
  await expect(page.locator('script, iframe, object, embed, img, form')).toHaveCount(0)
  await expectInert(page, dialogs, errors)
})
