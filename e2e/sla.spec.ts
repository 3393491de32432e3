import { expect, test, type Locator } from '@playwright/test'

async function cellUnder(table: Locator, rowName: RegExp, header: string): Promise<Locator> {
  const headers = await table.getByRole('columnheader').allInnerTexts()
  const column = headers.findIndex((text) => text.trim() === header)
  expect(column, `column ${header}`).toBeGreaterThan(0)
  return table
    .getByRole('row', { name: rowName })
    .getByRole('cell')
    .nth(column - 1)
}

test("the SLA table gives maestra's 2026-05 under the Statuspage and the strict method", async ({
  page,
}) => {
  await page.goto('/?view=sla&period=custom&from=2025-06-01&to=2026-06-01')
  const table = page.getByRole('table', { name: 'SLA by month, 2025-06-01 → 2026-05-31' })
  await expect(table.getByRole('row', { name: /^maestra/ })).toBeVisible()
  const may = await cellUnder(table, /^maestra/, '2026-05')
  // Statuspage weights degraded performance 0: the degraded CDP incident costs nothing.
  await expect(may).toHaveText(/^100\.000 %\s*met$/)
  await page.getByLabel('Uptime method').selectOption({ label: 'Strict (degraded counts too)' })
  await expect(may).toHaveText(/^98\.967 %\s*breached \(credit 25 %\)$/)
  // The feed speaks from 2025-06-26 (93 % of the year): uptime over that part, with its share.
  const total = await cellUnder(table, /^maestra/, 'Period total')
  await expect(total).toHaveText(/^99\.845 %\s*covers 93 % of the period\s*breached/)
})

test('quarters replace months, and periods without data never read as 100 %', async ({ page }) => {
  await page.goto('/?view=sla&period=custom&from=2025-06-01&to=2026-06-01')
  await page.getByRole('radio', { name: 'Quarters' }).check()
  await expect(page).toHaveURL(/sla=quarter/)
  const table = page.getByRole('table', { name: /^SLA by quarter/ })
  await expect(table.getByRole('columnheader', { name: '2026-Q2' })).toBeVisible()
  const voyado = await cellUnder(table, /^Voyado/, '2025-Q3')
  await expect(voyado).toHaveText('no data')
  const june = await cellUnder(table, /^maestra/, '2025-Q2')
  await expect(june).toContainText(/covers [\d.]+ % of the period\s*insufficient data/)
})
