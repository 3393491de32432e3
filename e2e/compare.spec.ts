import { expect, test, type Locator } from '@playwright/test'

async function cellUnder(table: Locator, rowName: string, header: string): Promise<Locator> {
  const headers = await table.getByRole('columnheader').allInnerTexts()
  // A header reads "name" or "name\nloading…" while the vendor's feed loads.
  const column = headers.findIndex((text) => text.split('\n')[0]?.trim() === header)
  expect(column, `column ${header}`).toBeGreaterThan(0)
  return table
    .getByRole('row', { name: rowName, exact: false })
    .getByRole('cell')
    .nth(column - 1)
}

test('the comparison shows maestra and Voyado side by side with their incident counts', async ({
  page,
}) => {
  await page.goto('/?view=compare&period=custom&from=2025-04-01&to=2026-06-01')
  const table = page.getByRole('table', { name: /^Figures for maestra, Voyado/ })
  await expect(table.getByText('loading…')).toHaveCount(0)
  await expect(table.getByRole('columnheader', { name: 'maestra' })).toBeVisible()
  await expect(table.getByRole('columnheader', { name: 'Voyado' })).toBeVisible()
  const incidents = (vendor: string) => cellUnder(table, 'Incidents', vendor)
  await expect(await incidents('maestra')).toHaveText('8')
  await expect(await incidents('Voyado')).toHaveText('1')
  await expect(await cellUnder(table, 'Longest outage', 'Voyado')).toHaveText('1 h 32 min')
  await expect(page.getByRole('heading', { level: 3, name: 'maestra' })).toBeVisible()
  const strip = page.getByRole('img', { name: /^Voyado, one cell per day/ })
  await strip.focus()
  for (let day = 0; day < 30; day += 1) await strip.press('ArrowRight')
  await expect(
    page.getByText('2025-04-30: Unknown impact (worst), 1 h 32 min of incidents'),
  ).toBeVisible()
})

test('unticking a vendor removes its column and keeps the choice in the URL', async ({ page }) => {
  await page.goto('/?view=compare&period=custom&from=2025-04-01&to=2026-06-01')
  const table = page.getByRole('table', { name: /^Figures for/ })
  await expect(table.getByRole('columnheader', { name: 'GitHub' })).toBeVisible()
  await page.getByRole('checkbox', { name: 'GitHub' }).uncheck()
  await expect(table.getByRole('columnheader', { name: 'GitHub' })).toHaveCount(0)
  await expect(page).toHaveURL(/compare=[^&]+/)
  await page.reload()
  await expect(page.getByRole('checkbox', { name: 'GitHub' })).not.toBeChecked()
})
