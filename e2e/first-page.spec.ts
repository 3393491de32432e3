import { expect, test } from '@playwright/test'

test('the first page names the product and is served with strict security headers', async ({
  page,
}) => {
  const response = await page.goto('/')
  await expect(page.getByRole('link', { name: 'Vendor Reliability' })).toBeVisible()
  const headers = response?.headers() ?? {}
  expect(headers['content-security-policy']).toContain("script-src 'self'")
  expect(headers['content-security-policy']).not.toContain('unsafe-inline')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('no-referrer')
  expect(headers['x-powered-by']).toBeUndefined()
})
