import { expect, test } from '@playwright/test'
import { fixtureOrigin, settingsWithVendors } from './incidents-support'

test.use({ viewport: { width: 1440, height: 900 } })

const GITHUB = `${fixtureOrigin}/real/github-2022/captures/github-2022-09-12-d353f7e.atom`
const SAUCE = `${fixtureOrigin}/real/statuspage-history-saucelabs-uswest-2020-11.atom`

test('impact and components read from the words are marked inferred; a stated window is quoted', async ({
  page,
}) => {
  const settings = settingsWithVendors([
    { id: 'github', name: 'GitHub', urls: [GITHUB] },
    { id: 'sauce', name: 'Sauce Labs', urls: [SAUCE] },
  ])
  await page.addInitScript((value) => {
    localStorage.setItem('vendor-reliability.settings', value)
  }, JSON.stringify(settings))
  await page.goto('/?view=incidents&range=any')
  await expect(page.getByRole('status').filter({ hasText: /incidents match$/ })).toBeVisible({
    timeout: 30_000,
  })

  await page.getByLabel('Search titles and updates').fill('Incident with Pull Requests')
  await page.getByRole('button', { name: 'Incident with Pull Requests' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Incident with Pull Requests' })
  const components = dialog.getByRole('region', { name: 'Components' })
  await expect(components.getByText('Pull Requests', { exact: true })).toBeVisible()
  await expect(components.getByText('inferred', { exact: true })).toBeVisible()
  await expect(dialog.getByText('Degraded', { exact: false }).first()).toBeVisible()
  await page.keyboard.press('Escape')

  await page.getByLabel('Search titles and updates').fill('2020-March-12')
  await page.getByRole('button', { name: '2020-March-12 Resolved Service Incident' }).click()
  const retro = page.getByRole('dialog', { name: '2020-March-12 Resolved Service Incident' })
  const flags = retro.getByRole('region', { name: 'Flags' })
  await expect(flags).toContainText('Window from text')
  await expect(flags.locator('blockquote')).toContainText(
    'stopped being available between 11:45 pm and 00:50 am (PDT)',
  )
})
