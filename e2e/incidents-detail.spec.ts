import { expect, test } from '@playwright/test'
import { openDemoIncidents } from './incidents-support'

test.use({ viewport: { width: 1440, height: 900 }, timezoneId: 'Europe/Stockholm' })

test('the Voyado incident shows six updates in order, in UTC or local time', async ({ page }) => {
  await openDemoIncidents(page)
  await page
    .getByRole('combobox', { name: 'Vendor', exact: true })
    .selectOption({ label: 'Voyado' })
  await page.getByRole('button', { name: '[Engage] API issues' }).click()
  const dialog = page.getByRole('dialog', { name: '[Engage] API issues' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('heading', { name: '[Engage] API issues' })).toBeFocused()

  const updates = dialog.getByRole('list', { name: 'Updates' }).getByRole('listitem')
  await expect(updates).toHaveCount(6)
  await expect(updates.first()).toContainText('Investigating')
  await expect(updates.first()).toContainText('2025-04-30 14:09 UTC')
  await expect(updates.last()).toContainText('Postmortem')
  await expect(dialog.getByText('Zone: UTC')).toBeVisible()

  await dialog.getByText('Local time').click()
  await expect(dialog.getByText('Zone: Europe/Stockholm')).toBeVisible()
  await expect(updates.first()).toContainText('2025-04-30 16:09 Europe/Stockholm')
  await expect(
    page.getByRole('columnheader', { name: /Start \(Europe\/Stockholm\)/ }),
  ).toBeVisible()

  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page).not.toHaveURL(/incident=/)
})

test('the discrepancy flag is explained and the vendor link opens safely', async ({ page }) => {
  await openDemoIncidents(page)
  await page.getByLabel('Search titles and updates').fill('admin panel')
  await page.getByRole('button', { name: 'Degraded access to admin panel' }).click()
  const dialog = page.getByRole('dialog', { name: 'Degraded access to admin panel' })
  await expect(dialog.getByRole('note')).toContainText('Duration discrepancy')
  await expect(dialog.getByText('Declared by the vendor')).toBeVisible()
  // Declared 16 min; the published updates span 24 h 51 min.
  await expect(dialog.getByText('16 min', { exact: true }).first()).toBeVisible()
  await expect(dialog.getByText('1 d 0 h 51 min')).toBeVisible()
  const link = dialog.getByRole('link', { name: /vendor's status page/ })
  await expect(link).toHaveAttribute('href', /^https:\/\/status\.maestra\.io\/incident\//)
  await expect(link).toHaveAttribute('target', '_blank')
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('button', { name: 'Degraded access to admin panel' })).toBeFocused()
})

test('the overview’s latest-incident link opens that incident, and the link survives a reload', async ({
  page,
}) => {
  await page.goto('/')
  const card = page.getByRole('article', { name: 'Voyado' })
  await card.getByRole('button', { name: /\[Engage\] API issues/ }).click()
  await expect(page).toHaveURL(/view=incidents/)
  await expect(page).toHaveURL(/incident=/)
  const dialog = page.getByRole('dialog', { name: '[Engage] API issues' })
  await expect(dialog).toBeVisible()
  await page.reload()
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('list', { name: 'Updates' }).getByRole('listitem')).toHaveCount(6)
})

test('rows are reachable and openable from the keyboard', async ({ page }) => {
  await openDemoIncidents(page)
  await page
    .getByRole('combobox', { name: 'Vendor', exact: true })
    .selectOption({ label: 'maestra' })
  const first = page.getByRole('table', { name: 'Incidents' }).getByRole('rowgroup').nth(1)
  const firstTitle = first.getByRole('row').first().getByRole('button')
  await firstTitle.focus()
  await page.keyboard.press('ArrowDown')
  const second = first.getByRole('row').nth(1).getByRole('button')
  await expect(second).toBeFocused()
  const title = await second.innerText()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: title })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(second).toBeFocused()
})

test('at 390 px the list is compact and the detail fills the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openDemoIncidents(page)
  await page
    .getByRole('combobox', { name: 'Vendor', exact: true })
    .selectOption({ label: 'Voyado' })
  await expect(page.getByRole('list', { name: 'Incidents' }).getByRole('listitem')).toHaveCount(1)
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width).toBeLessThanOrEqual(390)
  await page.getByRole('button', { name: '[Engage] API issues' }).click()
  const dialog = page.getByRole('dialog', { name: '[Engage] API issues' })
  const box = await dialog.boundingBox()
  expect(box?.width).toBe(390)
  expect(box?.height).toBe(844)
  // The sheet covers the page, so Tab stays inside it.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab')
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true)
  }
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
})
