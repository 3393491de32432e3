import { expect, test } from '@playwright/test'

test('a copied link reproduces the view, the period and the method in a fresh browser', async ({
  browser,
  baseURL,
}) => {
  const sender = await browser.newContext({
    permissions: ['clipboard-read', 'clipboard-write'],
    baseURL,
  })
  const page = await sender.newPage()
  await page.goto('/?view=sla&period=custom&from=2025-06-01&to=2026-06-01')
  await page.getByLabel('Uptime method').selectOption('strict')
  await page.getByLabel('Maintenance').selectOption('down')
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toContain('method=strict')
  await sender.close()

  const receiver = await browser.newContext({ baseURL })
  const opened = await receiver.newPage()
  await opened.goto(link)
  await expect(opened.getByRole('link', { name: 'SLA' })).toHaveAttribute('aria-current', 'page')
  await expect(opened.getByTestId('formula')).toContainText('1·degraded')
  await expect(opened.getByTestId('formula')).toContainText('maintenance counts as down')
  await expect(opened.getByRole('combobox', { name: 'Period', exact: true })).toHaveValue('custom')
  await receiver.close()
})
