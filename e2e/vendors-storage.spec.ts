import { expect, test } from '@playwright/test'
import {
  FIXTURES,
  addAcmeThroughDiscovery,
  clearDemo,
  openVendors,
  vendorArticle,
} from './vendors-helpers'

test('a failing feed beside a working one shows its own error while the data keeps showing', async ({
  page,
}) => {
  await openVendors(page)
  await clearDemo(page)
  await addAcmeThroughDiscovery(page)
  const acme = vendorArticle(page, 'Acme')
  await acme.getByRole('button', { name: 'Edit Acme' }).click()
  await acme.getByLabel('Add a feed to Acme').fill(`${FIXTURES}/broken`)
  await acme.getByRole('button', { name: 'Add source' }).click()
  const sources = acme.getByRole('list', { name: 'Sources of Acme' })
  const broken = sources.getByRole('listitem').filter({ hasText: `${FIXTURES}/broken` })
  // The query retries upstream failures twice before giving up.
  await expect(broken.getByRole('alert')).toContainText('Status page error', { timeout: 20_000 })
  await expect(acme.getByText('25 incidents stored')).toBeVisible()
  const working = sources.getByRole('listitem').filter({ hasText: '/acme/history.atom' })
  await expect(working.getByText(/Last refresh/)).toBeVisible()
  await expect(working.getByRole('alert')).toHaveCount(0)
})

test('reload keeps vendors and history, even when the feed fails afterwards', async ({ page }) => {
  await openVendors(page)
  await clearDemo(page)
  await addAcmeThroughDiscovery(page)
  // From now on the proxy reports the status page as down.
  await page.route('**/api/feed?*', (route) =>
    route.fulfill({
      status: 502,
      json: { error: { kind: 'upstream_status', message: 'The status page answered 503.' } },
    }),
  )
  await page.reload()
  const acme = vendorArticle(page, 'Acme')
  await expect(acme.getByText('25 incidents stored')).toBeVisible()
  await expect(acme.getByText(/^Data covers \d{4}-\d{2}-\d{2} to /)).toBeVisible()
  // Each source says so on its own line (the history feed and the history.json backfill added).
  const atom = acme.getByRole('listitem').filter({ hasText: '/acme/history.atom' })
  await expect(atom.getByRole('alert')).toContainText('The status page answered 503.', {
    timeout: 20_000,
  })
  await expect(acme.getByText('25 incidents stored')).toBeVisible()
})

test('corrupted stored settings are reset with a notice, and the app still works', async ({
  page,
}) => {
  const errors: Error[] = []
  page.on('pageerror', (error) => errors.push(error))
  await page.addInitScript(() => localStorage.setItem('vendor-reliability.settings', '{bad json'))
  await openVendors(page)
  await expect(page.getByText(/settings could not be read and were reset/)).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Your vendors \(\d+\)$/ })).toBeVisible()
  await expect(page.getByLabel('Status page address or domain')).toBeEditable()
  expect(errors).toEqual([])
})
