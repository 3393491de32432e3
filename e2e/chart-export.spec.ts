import { mkdir, readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'

const PERIOD = 'period=custom&from=2025-06-01&to=2026-06-01'
const OUT = '/tmp/chart-exports'

/** Chooses an item of a chart's Export menu and returns the downloaded file. */
async function exportFile(page: Page, chart: string, item: string, prefix = '') {
  await page.getByRole('button', { name: `Export ${chart}` }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: item }).click()
  const file = await download
  await mkdir(OUT, { recursive: true })
  await file.saveAs(`${OUT}/${prefix}${file.suggestedFilename()}`)
  return {
    name: file.suggestedFilename(),
    bytes: await readFile(`${OUT}/${prefix}${file.suggestedFilename()}`),
  }
}

/** Width and height from the PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** Decodes the PNG in the page: share of non-white pixels, and the mean of the top-left corner. */
async function inspectPng(page: Page, bytes: Buffer) {
  return page.evaluate(async (base64) => {
    const image = new Image()
    image.src = `data:image/png;base64,${base64}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.naturalWidth
    canvas.height = image.naturalHeight
    const context = canvas.getContext('2d')!
    context.drawImage(image, 0, 0)
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data
    let inked = 0
    for (let i = 0; i < data.length; i += 4)
      if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) inked += 1
    const corner = context.getImageData(0, 0, 60, 60).data
    let sum = 0
    for (let i = 0; i < corner.length; i += 4)
      sum += (corner[i]! + corner[i + 1]! + corner[i + 2]!) / 3
    return { inkShare: inked / (data.length / 4), corner: sum / (corner.length / 4) }
  }, bytes.toString('base64'))
}

async function expectPng(page: Page, bytes: Buffer, width: number, height?: number) {
  const size = pngSize(bytes)
  expect(size.width).toBe(width * 2)
  if (height) expect(size.height).toBe(height * 2)
  const { inkShare, corner } = await inspectPng(page, bytes)
  expect(inkShare).toBeGreaterThan(0.01)
  expect(corner).toBeGreaterThan(245)
}

test("maestra's downtime chart exports a 3200×1800 slide PNG named after vendor and period", async ({
  page,
}) => {
  await page.goto(`/?view=downtime&${PERIOD}&bucket=month`)
  await page.getByLabel('Vendor', { exact: true }).selectOption({ label: 'maestra' })
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible()
  const file = await exportFile(page, 'downtime chart', 'PNG for slides (1600×900)')
  expect(file.name).toBe('downtime-maestra-2025-06-01_2026-06-01.png')
  await expectPng(page, file.bytes, 1600, 900)
})

test('the downtime chart exports an SVG document that states the method formula', async ({
  page,
}) => {
  await page.goto(`/?view=downtime&${PERIOD}&bucket=month`)
  await page.getByLabel('Vendor', { exact: true }).selectOption({ label: 'maestra' })
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible()
  const file = await exportFile(page, 'downtime chart', 'SVG')
  expect(file.name).toBe('downtime-maestra-2025-06-01_2026-06-01.svg')
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    return {
      root: doc.documentElement.nodeName,
      error: doc.querySelector('parsererror') !== null,
      text: doc.documentElement.textContent ?? '',
      bars: doc.querySelectorAll('path, rect').length,
    }
  }, file.bytes.toString('utf8'))
  expect(parsed).toMatchObject({ root: 'svg', error: false })
  expect(parsed.text).toContain('Method: statuspage method: uptime = 100')
  expect(parsed.text).toContain('by Vendor Reliability')
  expect(parsed.bars).toBeGreaterThan(10)
})

test('the all-vendors downtime bars export a 2400 px wide document PNG', async ({ page }) => {
  await page.goto(`/?view=downtime&${PERIOD}&downtime=fleet`)
  await expect(page.getByRole('heading', { name: /downtime by vendor/ })).toBeVisible()
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible()
  const file = await exportFile(page, 'downtime chart', 'PNG for documents (1200 wide)')
  expect(file.name).toBe('downtime-all-vendors-2025-06-01_2026-06-01.png')
  await expectPng(page, file.bytes, 1200)
})

test('the heatmap exports a slide PNG, and a light one while the app is dark', async ({ page }) => {
  await page.goto(`/?view=heatmap&${PERIOD}&days=365`)
  await expect(page.getByRole('application', { name: /Component heatmap/ })).toBeVisible()
  // Exported before history loads, every row would be honest but empty "no data".
  await expect(page.getByText(/^Loading stored history/)).toHaveCount(0)
  const light = await exportFile(page, 'heatmap', 'PNG for slides (1600×900)')
  expect(light.name).toBe('heatmap-all-vendors-2025-06-01_2026-06-01.png')
  await expectPng(page, light.bytes, 1600, 900)
  await page.getByLabel('Theme').selectOption('dark')
  await expect(page.locator('html')).toHaveClass(/dark/)
  const dark = await exportFile(page, 'heatmap', 'PNG for documents (1200 wide)', 'dark-theme-')
  await expectPng(page, dark.bytes, 1200)
})

test('the timeline exports a slide PNG of one vendor', async ({ page }) => {
  await page.goto(`/?view=timeline&${PERIOD}`)
  await page.getByLabel('Vendor', { exact: true }).selectOption({ label: 'maestra' })
  await expect(page.getByRole('img', { name: /Incident timeline: maestra/ })).toBeVisible()
  await expect(page.getByText(/^Loading stored history/)).toHaveCount(0)
  const file = await exportFile(page, 'timeline', 'PNG for slides (1600×900)')
  expect(file.name).toBe('timeline-maestra-2025-06-01_2026-06-01.png')
  await expectPng(page, file.bytes, 1600, 900)
})

test('the comparison small multiples export as PNG and SVG', async ({ page }) => {
  await page.goto(`/?view=compare&${PERIOD}`)
  await expect(page.getByRole('heading', { level: 3, name: 'maestra' })).toBeVisible()
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible()
  const png = await exportFile(page, 'comparison charts', 'PNG for documents (1200 wide)')
  expect(png.name).toMatch(/^compare-.*-2025-06-01_2026-06-01\.png$/)
  await expectPng(page, png.bytes, 1200)
  const svg = await exportFile(page, 'comparison charts', 'SVG')
  expect(svg.bytes.toString('utf8')).toContain('maestra')
})

test('Copy image puts a PNG on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(`/?view=heatmap&${PERIOD}&days=90`)
  await expect(page.getByRole('application', { name: /Component heatmap/ })).toBeVisible()
  await page.getByRole('button', { name: 'Export heatmap' }).click()
  await page.getByRole('menuitem', { name: 'Copy image' }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Copied/ })).toBeVisible()
  const types = await page.evaluate(async () =>
    (await navigator.clipboard.read()).flatMap((item) => item.types),
  )
  expect(types).toContain('image/png')
})
