import { expect, test, type Page } from '@playwright/test'
import { FIXTURES, openVendors, vendorArticle } from './vendors-helpers'

// Set VENDORS_SHOTS_DIR to keep the screenshots somewhere to look at them.
const shotsDir = process.env.VENDORS_SHOTS_DIR

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
}

for (const size of SIZES) {
  for (const theme of ['light', 'dark'] as const) {
    test(`the vendors page fits ${size.width} px in the ${theme} theme`, async ({
      page,
    }, testInfo) => {
      const pathOf = (what: string) =>
        shotsDir
          ? `${shotsDir}/${size.name}-${theme}-${what}.png`
          : testInfo.outputPath(`${what}.png`)
      const shot = async (what: string, target?: ReturnType<Page['locator']>) => {
        if (target) return void (await target.screenshot({ path: pathOf(what) }))
        // The whole page in screen-high slices, so each can be looked at in full size.
        const height = await page.evaluate(() => document.documentElement.scrollHeight)
        for (let y = 0, n = 1; y < height; y += size.height, n++) {
          const clip = { x: 0, y, width: size.width, height: Math.min(size.height, height - y) }
          await page.screenshot({ path: pathOf(`${what}-${n}`), fullPage: true, clip })
        }
      }
      await page.setViewportSize({ width: size.width, height: size.height })
      await openVendors(page)
      await page.getByLabel('Theme').selectOption(theme)
      await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/)
      await expect(vendorArticle(page, 'maestra').getByText(/^8 incidents/)).toBeVisible()
      await expectNoSidewaysScroll(page)
      await shot('page')

      const add = page.getByRole('region', { name: 'Add a vendor' })
      await add.getByLabel('Status page address or domain').fill(`${FIXTURES}/acme`)
      await add.getByRole('button', { name: 'Find feeds' }).click()
      await expect(add.getByRole('button', { name: 'Add vendor' })).toBeVisible()
      await expectNoSidewaysScroll(page)
      await shot('discovery', add)

      const catalogue = page.getByRole('region', { name: 'Catalogue' })
      await catalogue.getByLabel('Search the catalogue').fill('cloud')
      await shot('catalogue', catalogue)

      const importPanel = page.getByRole('region', { name: 'Import files or text' })
      await importPanel.getByLabel('Pasted text').fill('hello')
      await importPanel.getByRole('button', { name: 'Import text' }).click()
      await expect(importPanel.getByRole('alert')).toBeVisible()
      await shot('import', importPanel)

      const claude = vendorArticle(page, 'Claude')
      await claude.getByRole('button', { name: 'Edit Claude' }).click()
      await expect(claude.getByRole('group', { name: /Exclude components/ })).toBeVisible()
      await expectNoSidewaysScroll(page)
      await shot('edit', claude)
    })
  }
}
