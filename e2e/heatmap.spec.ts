import { expect, test, type Page } from '@playwright/test'

async function openMaestra(page: Page, from: string, to: string) {
  await page.goto(`/?view=heatmap&period=custom&from=${from}&to=${to}`)
  await page.getByLabel('Vendor', { exact: true }).selectOption({ label: 'maestra' })
  await expect(page.getByRole('heading', { name: /Component heatmap: maestra/ })).toBeVisible()
  // The totals table lists the rows once the stored history has loaded.
  await page.getByText('Totals per row as a table').click()
  await expect(page.getByRole('rowheader', { name: 'Loyalty' })).toBeVisible()
  return page.getByRole('application', { name: /Component heatmap: maestra/ })
}

test('the Loyalty cell of maestra on 2025-12-17 shows 30 incident minutes and lists the incident', async ({
  page,
}) => {
  const grid = await openMaestra(page, '2025-12-01', '2026-01-01')
  const tooltip = page.getByRole('tooltip')
  await grid.focus()
  await grid.press('Home')
  for (let day = 1; day < 17; day += 1) await grid.press('ArrowRight')
  await expect(tooltip).toContainText('2025-12-17')
  // Rows follow the data; walk down to Loyalty rather than assume its place.
  for (let step = 0; step < 8 && !(await tooltip.textContent())?.includes('· Loyalty ·'); step += 1)
    await grid.press('ArrowDown')
  await expect(tooltip).toContainText('maestra · Loyalty · 2025-12-17 (UTC)')
  await expect(tooltip).toContainText('Incident downtime: 30 min')
  await expect(tooltip).toContainText('Degraded performance: 30 min')
  await expect(tooltip).toContainText('Incident, 0 weighted min')

  // The same cell under the mouse, then a click lists its incidents.
  const live = page.getByRole('status', { name: 'Focused cell' })
  const position = {
    x: Number(await live.getAttribute('data-x')),
    y: Number(await live.getAttribute('data-y')),
  }
  await page.getByRole('heading', { name: /Component heatmap/ }).click()
  await grid.hover({ position })
  await expect(tooltip).toContainText('maestra · Loyalty · 2025-12-17 (UTC)')
  await grid.click({ position })
  const list = page.getByRole('region', { name: /Incidents on 2025-12-17/ })
  await expect(list).toContainText('Service degradation')
  await expect(list).toContainText('2025-12-17 11:25–11:55 UTC')
  await list.getByRole('link', { name: 'Service degradation' }).click()
  await expect(page).toHaveURL(/view=incidents/)
  const incident = new URL(page.url()).searchParams.get('incident') ?? ''
  expect(incident).toMatch(/:https:\/\/status\.maestra\.io\/incident\/cmja43ook021rafzwk2n9bird$/)
})

test('a day before maestra’s feed begins shows "no data", not a healthy day', async ({ page }) => {
  const grid = await openMaestra(page, '2025-06-01', '2025-07-01')
  await grid.focus()
  await grid.press('Home')
  const tooltip = page.getByRole('tooltip')
  await expect(tooltip).toContainText('maestra · Whole vendor · 2025-06-01 (UTC)')
  await expect(tooltip).toContainText('No data')
  await grid.press('End')
  await expect(tooltip).toContainText('2025-06-30')
  await expect(tooltip).toContainText('No incident')
  await grid.press('Enter')
  await expect(page.getByRole('region', { name: /Incidents on 2025-06-30/ })).toContainText(
    'No incident or maintenance overlaps this day.',
  )
})

test('the span control switches between 30, 90 and 365 days ending at the period end', async ({
  page,
}) => {
  await page.goto('/?view=heatmap&period=custom&from=2025-01-01&to=2026-01-01&days=30')
  const heading = page.getByRole('heading', { name: /Component heatmap/ })
  await expect(heading).toContainText('2025-12-02 → 2025-12-31 (30 days)')
  await page.getByLabel('Days', { exact: true }).selectOption('365')
  await expect(heading).toContainText('2025-01-01 → 2025-12-31 (365 days)')
  await expect(page).toHaveURL(/days=365/)
})
