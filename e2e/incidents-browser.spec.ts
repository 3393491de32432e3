import { expect, test } from '@playwright/test'
import { matchCount, openDemoIncidents } from './incidents-support'

test.use({ viewport: { width: 1440, height: 900 }, timezoneId: 'Europe/Stockholm' })

test('searching a title finds maestra’s admin panel incident', async ({ page }) => {
  await openDemoIncidents(page)
  const total = await matchCount(page)
  await page.getByLabel('Search titles and updates').fill('admin panel')
  await expect(page.getByRole('button', { name: 'Degraded access to admin panel' })).toBeVisible()
  await expect.poll(() => matchCount(page)).toBeLessThan(total)
  await expect(page).toHaveURL(/[?&]q=admin\+panel/)
})

test('searching a word that only an update holds finds the incident', async ({ page }) => {
  await openDemoIncidents(page)
  // "offsite" appears only in the postmortem of maestra's "Platform outage", not in its title.
  await page.getByLabel('Search titles and updates').fill('offsite backup')
  await expect(page.getByRole('button', { name: 'Platform outage', exact: true })).toBeVisible()
  await expect.poll(() => matchCount(page)).toBe(1)
})

test('the kind filter shows only maintenances, and a reload keeps every filter', async ({
  page,
}) => {
  await openDemoIncidents(page)
  const total = await matchCount(page)
  await page.getByLabel('Search titles and updates').fill('network')
  await expect(page).toHaveURL(/q=network/)
  await page.getByRole('combobox', { name: 'Kind', exact: true }).selectOption('maintenance')
  await page
    .getByRole('combobox', { name: 'Vendor', exact: true })
    .selectOption({ label: 'maestra' })
  await expect(page).toHaveURL(/vendor=/)
  await expect.poll(() => matchCount(page)).toBeLessThan(total)
  const table = page.getByRole('table', { name: 'Incidents' })
  const rows = table.getByRole('rowgroup').nth(1).getByRole('row')
  await expect(rows.first()).toBeVisible()
  const count = await matchCount(page)
  expect(count).toBeGreaterThan(0)
  await expect(rows).toHaveCount(count)
  for (const row of await rows.all()) {
    await expect(row.getByRole('cell').nth(0)).toHaveText('maestra')
    await expect(row.getByRole('cell').nth(3)).toHaveText('Maintenance')
  }
  await expect(page).toHaveURL(/kind=maintenance/)
  await expect(page).toHaveURL(/q=network/)

  await page.reload()
  await expect(page.getByRole('combobox', { name: 'Kind', exact: true })).toHaveValue('maintenance')
  await expect(page.getByRole('combobox', { name: 'Vendor', exact: true })).toHaveValue(/.+/)
  await expect(page.getByLabel('Search titles and updates')).toHaveValue('network')
  await expect.poll(() => matchCount(page)).toBe(count)
})

test('sorting by duration puts the longest incident first, both ways', async ({ page }) => {
  await openDemoIncidents(page)
  await page
    .getByRole('combobox', { name: 'Vendor', exact: true })
    .selectOption({ label: 'maestra' })
  await page.getByRole('combobox', { name: 'Kind', exact: true }).selectOption('incident')
  const titles = page.getByRole('table', { name: 'Incidents' }).getByRole('rowgroup').nth(1)
  await page.getByRole('button', { name: 'Duration' }).click()
  await expect(page).toHaveURL(/sort=duration-desc/)
  // maestra's longest incident is "Degraded performance of CDP" (7 h 40 min).
  await expect(titles.getByRole('row').first()).toContainText('Degraded performance of CDP')
  await page.getByRole('button', { name: 'Duration' }).click()
  await expect(page).toHaveURL(/sort=duration-asc/)
  // …and its shortest "Platform outage" (11 min as declared).
  await expect(titles.getByRole('row').first()).toContainText('Platform outage')
  await expect(page.getByRole('columnheader', { name: 'Duration' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )
})
