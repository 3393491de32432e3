import { expect, type Page } from '@playwright/test'

/** The fixture server standing in for vendors' status pages (see playwright.config.ts). */
export const FIXTURES = `http://127.0.0.1:${process.env.FIXTURE_PORT ?? 4174}`

export async function openVendors(page: Page) {
  await page.goto('/?view=vendors')
  await expect(page.getByRole('heading', { name: 'Vendors', level: 1 })).toBeVisible()
}

/** Removes the first-run demo vendors, so a test starts from an empty workspace. */
export async function clearDemo(page: Page) {
  await page.getByRole('button', { name: 'Clear demo data' }).click()
  await expect(page.getByRole('heading', { name: 'Your vendors (0)' })).toBeVisible()
}

/** A vendor's row on the Vendors page (or its card on the overview): an article named by it. */
export const vendorArticle = (page: Page, name: string) =>
  page.getByRole('article', { name, exact: true })

/** Adds the fixture server's Acme status page through discovery, as a user would. */
export async function addAcmeThroughDiscovery(page: Page) {
  await page.getByLabel('Status page address or domain').fill(`${FIXTURES}/acme`)
  await page.getByRole('button', { name: 'Find feeds' }).click()
  await expect(page.getByRole('checkbox', { name: /Statuspage Atom history/ })).toBeChecked()
  await page.getByLabel('Vendor name').fill('Acme')
  await page.getByRole('button', { name: 'Add vendor' }).click()
  await expect(vendorArticle(page, 'Acme').getByText('25 incidents stored')).toBeVisible()
}
