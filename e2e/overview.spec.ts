import { expect, test } from '@playwright/test'

test.describe('the first run', () => {
  test('shows the demo vendors, labelled as demo data, with maestra’s figures', async ({
    page,
  }) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto('/?period=custom&from=2025-06-01&to=2026-06-01')
    await expect(page.getByText('Demo data.')).toBeVisible()
    const maestra = page.getByRole('article', { name: 'maestra' })
    await expect(maestra).toBeVisible()
    await expect(maestra.getByRole('definition').filter({ hasText: /^8$/ })).toBeVisible({
      timeout: 20_000,
    })
    await expect(maestra.getByText('Incident time')).toBeVisible()
    for (const name of ['Voyado', 'GitHub', 'Claude', 'DigitalOcean', 'Sauce Labs', 'MoonPay']) {
      await expect(page.getByRole('article', { name })).toBeVisible()
    }
    expect(errors).toEqual([])
  })

  test('switching the uptime method changes the figures and the formula at once', async ({
    page,
  }) => {
    await page.goto('/?period=custom&from=2025-06-01&to=2026-06-01')
    await expect(page.getByTestId('formula')).toContainText('0.3·partial')
    await page.getByLabel('Uptime method').selectOption('strict')
    await expect(page.getByTestId('formula')).toContainText('1·degraded')
  })

  test('clearing the demo data leaves an empty workspace that says what to do', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page.getByRole('article', { name: 'maestra' })).toBeVisible()
    await page.getByRole('button', { name: 'Clear demo data' }).click()
    await expect(page.getByText('No vendors yet.')).toBeVisible()
    await page.reload()
    await expect(page.getByText('No vendors yet.')).toBeVisible()
  })
})
