import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

const VIEWS = [
  'overview',
  'incidents',
  'timeline',
  'heatmap',
  'downtime',
  'sla',
  'compare',
  'report',
  'vendors',
] as const
const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const
const THEMES = ['light', 'dark'] as const

// Screenshots land here for a person to look at; the run checks what axe can check.
const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/screens'

for (const theme of THEMES) {
  for (const size of SIZES) {
    test.describe(`${theme}, ${size.name}`, () => {
      test.use({ colorScheme: theme, viewport: { width: size.width, height: size.height } })

      for (const view of VIEWS) {
        test(`${view} has no serious or critical axe violations`, async ({ page }) => {
          const errors: string[] = []
          page.on('pageerror', (error) => errors.push(error.message))
          await page.goto(`/?view=${view}`)
          await expect(page.getByRole('main')).toBeVisible()
          await expect(page.locator('[data-loading="false"]')).toBeVisible({ timeout: 30_000 })
          await page.waitForLoadState('networkidle')
          // The report builds its vendor sections a few at a time: check the finished document.
          await expect(page.getByText(/^Preparing the report/)).toHaveCount(0, { timeout: 30_000 })
          // What a person sees first, then the page down to 2,400 px.
          const name = `${SHOTS}/${view}-${size.name}-${theme}`
          await page.screenshot({ path: `${name}.png` })
          const height = await page.evaluate(() => document.documentElement.scrollHeight)
          await page.screenshot({
            path: `${name}-full.png`,
            fullPage: true,
            clip: { x: 0, y: 0, width: size.width, height: Math.min(height, 2400) },
          })
          // Off-screen report sections skip rendering (content-visibility: auto), which axe reads
          // as text on the page background; render them all, as scrolling to them would.
          await page.evaluate(() => {
            for (const section of document.querySelectorAll<HTMLElement>('.vr-vendor'))
              section.style.contentVisibility = 'visible'
          })
          const results = await new AxeBuilder({ page }).analyze()
          const serious = results.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')} — ${v.help}`)
          expect(serious).toEqual([])
          expect(errors).toEqual([])
        })
      }
    })
  }
}
