import { expect, test, type Page } from '@playwright/test'
import { generateFleet } from './fixtures/heatmap-fleet'
import { seedFleet } from './fleet-page'

const countNodes = (page: Page, name: RegExp) =>
  page.getByRole('region', { name }).evaluate((section) => section.querySelectorAll('*').length)

test('a fleet of 40 vendors × 250 incidents draws a 365-day heatmap with at most 1,400 DOM nodes', async ({
  page,
}) => {
  await seedFleet(
    page,
    generateFleet({ vendors: 40, incidentsPerVendor: 250, seed: 6 }),
    '/demo/voyado-engage-incident.txt',
  )
  await page.goto('/?view=heatmap&period=custom&from=2025-01-01&to=2026-01-01&days=365')
  await expect(page.getByRole('heading', { name: /Component heatmap: all vendors/ })).toContainText(
    '(365 days)',
  )
  await expect(page.getByText(/Loading stored history/)).toHaveCount(0, { timeout: 15_000 })
  await page.getByText('Totals per row as a table').click()
  await expect(page.getByRole('rowheader', { name: 'Fleet vendor 40' })).toBeVisible()
  const nodes = await countNodes(page, /Component heatmap/)
  console.log(`heatmap DOM nodes with 40 × 365 cells and the totals table open: ${nodes}`)
  expect(nodes).toBeLessThanOrEqual(1400)

  const grid = page.getByRole('application', { name: /Component heatmap: all vendors/ })
  await grid.focus()
  await grid.press('End')
  await grid.press('PageDown')
  await expect(page.getByRole('tooltip')).toContainText('Fleet vendor 01 · 2025-12-31 (UTC)')
  for (let row = 1; row < 5; row += 1) await grid.press('ArrowDown')
  await grid.press('Home')
  // Fleet vendor 05's feed starts a third into the year: its first day has no data.
  await expect(page.getByRole('tooltip')).toContainText('Fleet vendor 05 · 2025-01-01 (UTC)')
  await expect(page.getByRole('tooltip')).toContainText('No data')
})

test('the all-vendors timeline of the same fleet stays a few hundred DOM nodes', async ({
  page,
}) => {
  await seedFleet(
    page,
    generateFleet({ vendors: 40, incidentsPerVendor: 250, seed: 6 }),
    '/demo/voyado-engage-incident.txt',
  )
  await page.goto('/?view=timeline&period=custom&from=2025-01-01&to=2026-01-01')
  await expect(page.getByText(/Loading stored history/)).toHaveCount(0, { timeout: 15_000 })
  await expect(page.getByRole('img', { name: /40 lanes/ })).toBeVisible()
  const nodes = await countNodes(page, /Incident timeline/)
  console.log(`timeline DOM nodes with 40 lanes × 250 bars: ${nodes}`)
  expect(nodes).toBeLessThanOrEqual(400)
})
