import { expect, test } from '@playwright/test'

test.describe('when the browser cannot store anything', () => {
  test('the app still opens with the demo data and says history lasts until the tab closes', async ({
    page,
  }) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true })
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('blocked', 'SecurityError')
        },
      })
    })
    await page.goto('/')
    await expect(page.getByRole('article', { name: 'maestra' })).toBeVisible()
    await expect(page.getByText("History can't be saved in this browser")).toBeVisible()
    await expect(page.getByText("Settings can't be saved in this browser")).toBeVisible()
    expect(errors).toEqual([])
  })

  test('a full quota keeps the session working and says so once', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError')
      }
    })
    await page.goto('/')
    await expect(page.getByRole('article', { name: 'maestra' })).toBeVisible()
    await expect(page.getByText("Settings can't be saved in this browser")).toHaveCount(1)
    await page.getByLabel('Uptime method').selectOption('strict')
    await expect(page.getByTestId('formula')).toContainText('1·degraded')
  })
})
