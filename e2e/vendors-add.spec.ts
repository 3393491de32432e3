import { expect, test } from '@playwright/test'
import { FIXTURES, clearDemo, openVendors, vendorArticle } from './vendors-helpers'

test('a vendor added through discovery shows on the overview with its incidents', async ({
  page,
}) => {
  await openVendors(page)
  await page.getByLabel('Status page address or domain').fill(`${FIXTURES}/acme`)
  await page.getByRole('button', { name: 'Find feeds' }).click()
  const found = page.getByRole('group', { name: /1 feed found at/ })
  await expect(found.getByText(`${FIXTURES}/acme/history.atom`)).toBeVisible()
  await expect(found.getByRole('checkbox', { name: /Statuspage Atom history/ })).toBeChecked()
  // The name is prefilled from the feed's title.
  await expect(page.getByLabel('Vendor name')).toHaveValue('Acme')
  await expect(page.getByLabel('SLA target (%)')).toHaveValue('99.9')
  await page.getByRole('button', { name: 'Add vendor' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Acme added with 1 feed' })).toBeVisible()
  await expect(vendorArticle(page, 'Acme').getByText('25 incidents stored')).toBeVisible()

  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Overview' })
    .click()
  const card = vendorArticle(page, 'Acme')
  await expect(card).toBeVisible()
  await expect(card.getByText('Intermittent failures creating agent tasks')).toBeVisible()
})

test('a bad address or a page without feeds says why and adds nothing', async ({ page }) => {
  await openVendors(page)
  await clearDemo(page)
  const address = page.getByLabel('Status page address or domain')
  await address.fill('javascript:alert(1)')
  await page.getByRole('button', { name: 'Find feeds' }).click()
  await expect(page.getByText('Only http:// and https:// addresses can be used.')).toBeVisible()
  await expect(address).toHaveAttribute('aria-invalid', 'true')

  await address.fill(`${FIXTURES}/broken`)
  await page.getByRole('button', { name: 'Find feeds' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Status page error' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Add vendor' })).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Your vendors (0)' })).toBeVisible()
})

test('a catalogue vendor is added in one click with its best feed', async ({ page }) => {
  // The catalogue's real status pages are out of reach here: discovery answers with a fixture feed.
  await page.route('**/api/discover?site=https%3A%2F%2Flinearstatus.com*', (route) =>
    route.fulfill({
      json: {
        site: 'https://linearstatus.com/',
        candidates: [
          {
            url: `${FIXTURES}/real/statuspage-history-claude-2026-02-04.atom`,
            format: 'statuspage-atom',
          },
        ],
      },
    }),
  )
  await page.route('**/api/discover?site=https%3A%2F%2Fneonstatus.com*', (route) =>
    route.fulfill({
      status: 502,
      json: { error: { kind: 'upstream_dns', message: 'The status page could not be found.' } },
    }),
  )
  await openVendors(page)
  const catalogue = page.getByRole('region', { name: 'Catalogue' })
  await catalogue.getByLabel('Search the catalogue').fill('github')
  await expect(catalogue.getByText('1 of')).toBeVisible()
  await expect(catalogue.getByText('Added', { exact: true })).toBeVisible()

  await catalogue.getByLabel('Search the catalogue').fill('neon')
  await catalogue.getByRole('button', { name: 'Add Neon' }).click()
  await expect(catalogue.getByRole('alert')).toHaveText(
    'Status page error: The status page could not be found.',
  )
  await expect(vendorArticle(page, 'Neon')).toHaveCount(0)

  await catalogue.getByLabel('Search the catalogue').fill('linear')
  await catalogue.getByRole('button', { name: 'Add Linear' }).click()
  await expect(catalogue.getByText('Added', { exact: true })).toBeVisible()
  await expect(vendorArticle(page, 'Linear').getByText(/^\d+ incidents stored/)).toBeVisible()
})

test('the add flow works from the keyboard alone', async ({ page }) => {
  await openVendors(page)
  await clearDemo(page)
  await page.getByLabel('Status page address or domain').focus()
  await page.keyboard.type(`${FIXTURES}/acme`)
  await page.keyboard.press('Enter')
  const addButton = page.getByRole('button', { name: 'Add vendor' })
  await expect(addButton).toBeVisible()
  const feed = page.getByRole('checkbox', { name: /Statuspage Atom history/ })
  // Tab through the form: the feed, the name, the target, the exclusions and the history span
  // (a Statuspage page) come before Add.
  const reached: string[] = []
  for (
    let i = 0;
    i < 8 && !(await addButton.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab')
    reached.push(
      await page.evaluate(
        () => document.activeElement?.id || document.activeElement?.tagName || '',
      ),
    )
  }
  expect(reached).toEqual([
    'BUTTON',
    'candidate-0',
    'new-vendor-name',
    'new-vendor-sla',
    'new-vendor-excluded',
    'new-vendor-history',
    'BUTTON',
  ])
  await feed.focus()
  await page.keyboard.press('Space')
  await expect(feed).not.toBeChecked()
  await addButton.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Pick at least one feed.')).toBeVisible()
  await feed.focus()
  await page.keyboard.press('Space')
  await addButton.focus()
  await page.keyboard.press('Enter')
  await expect(vendorArticle(page, 'Acme')).toBeVisible()
  // The results form is gone; the focus is back on the address field for the next one.
  await expect(page.getByLabel('Status page address or domain')).toBeFocused()
})
