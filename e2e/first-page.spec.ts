import { expect, test } from '@playwright/test'

test('the first page names the product', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Vendor Reliability' })).toBeVisible()
})
