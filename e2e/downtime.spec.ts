import { expect, test, type Locator } from '@playwright/test'

const PERIOD = 'period=custom&from=2025-06-01&to=2026-06-01'

/** A row's cell under the column whose header starts with `header`. */
async function cellUnder(table: Locator, rowName: RegExp, header: string): Promise<Locator> {
  // The table appears once the vendor's stored history has loaded; read its headers only then.
  await expect(table).toBeVisible()
  const headers = await table.getByRole('columnheader').allInnerTexts()
  const column = headers.findIndex((text) => text.trim().startsWith(header))
  expect(column, `column ${header}`).toBeGreaterThan(0)
  // The first column is a row header, so data cells are offset by one.
  return table
    .getByRole('row', { name: rowName })
    .getByRole('cell')
    .nth(column - 1)
}

test("maestra's monthly maintenance minutes in the downtime chart equal the statistics", async ({
  page,
}) => {
  await page.goto(`/?view=downtime&${PERIOD}&bucket=month`)
  await page.getByLabel('Vendor', { exact: true }).selectOption({ label: 'maestra' })
  await expect(
    page.getByRole('heading', { name: /^maestra: incident and maintenance downtime per month/ }),
  ).toBeVisible()
  const table = page.getByRole('table', { name: /^maestra: .* in minutes$/ })
  await expect(table.getByRole('row')).toHaveCount(13)
  const expected = { '2025-10': '300', '2025-11': '30', '2026-03': '120', '2026-05': '120' }
  for (const [month, minutes] of Object.entries(expected)) {
    await expect(await cellUnder(table, new RegExp(`^${month}`), 'Maintenance')).toHaveText(minutes)
  }
  await expect(await cellUnder(table, /^2026-05/, 'All incidents')).toHaveText('460')
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible()
  await expect(page.getByText(/^Method: statuspage method: uptime = 100/)).toBeVisible()
})

test('weekly bars put the October maintenance in the week from Monday 2025-10-06', async ({
  page,
}) => {
  await page.goto(`/?view=downtime&${PERIOD}`)
  await page.getByLabel('Vendor', { exact: true }).selectOption({ label: 'maestra' })
  await page.getByLabel('Bars per').selectOption('week')
  await expect(page).toHaveURL(/bucket=week/)
  const table = page.getByRole('table', { name: /^maestra: .*per week/ })
  await expect(await cellUnder(table, /^2025-10-06/, 'Maintenance')).toHaveText('300')
  await expect(await cellUnder(table, /^2025-05-26/, 'Data coverage')).toHaveText('no data')
})

test('the vendor comparison shows every vendor for one month, uncovered ones as no data', async ({
  page,
}) => {
  await page.goto(`/?view=downtime&${PERIOD}`)
  await page.getByRole('radio', { name: 'All vendors, one period' }).check()
  await page.getByLabel('Period shown').selectOption('2026-05')
  await expect(
    page.getByRole('heading', { name: 'Incident and maintenance downtime by vendor, 2026-05' }),
  ).toBeVisible()
  const table = page.getByRole('table', { name: /by vendor, 2026-05, in minutes$/ })
  await expect(table.getByRole('row')).toHaveCount(8)
  await expect(await cellUnder(table, /^maestra/, 'Maintenance')).toHaveText('120')
  await expect(await cellUnder(table, /^maestra/, 'Degraded')).toHaveText('460')
  await expect(await cellUnder(table, /^Voyado/, 'Data coverage')).toHaveText('no data')
})
