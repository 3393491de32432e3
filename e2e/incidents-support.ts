import { expect, type Page } from '@playwright/test'
import { settingsWith } from './settings-fixture'

/** Opens the incident browser on a fresh context and waits until the demo vendors' incidents are in. */
export async function openDemoIncidents(page: Page, query = '') {
  // Every stored incident, whatever the default period.
  await page.goto(`/?view=incidents&period=all${query}`)
  await expect(page.getByRole('heading', { name: 'Incidents', level: 1 })).toBeVisible()
  const vendor = page.getByRole('combobox', { name: 'Vendor', exact: true })
  await expect(vendor.getByRole('option', { name: 'maestra' })).toBeAttached()
  await expect(vendor.getByRole('option', { name: 'Voyado' })).toBeAttached()
  // The count reads "N of M incidents match" once every vendor's history is loaded.
  await expect(page.getByRole('status').filter({ hasText: /incidents match$/ })).toBeVisible({
    timeout: 30_000,
  })
}

/** The matching count the page announces. */
export async function matchCount(page: Page): Promise<number> {
  const text = await page
    .getByRole('status')
    .filter({ hasText: /incidents match/ })
    .innerText()
  return Number(text.split(' of ')[0]?.replace(/,/g, ''))
}

export interface FixtureVendor {
  id: string
  name: string
  urls: string[]
}

/** Settings with the given vendors, each source a feed URL; the demo counts as loaded. */
export function settingsWithVendors(vendors: FixtureVendor[]) {
  const withSources = vendors.map(({ id, name, urls }) => ({
    id,
    name,
    sources: urls.map((url, i) => ({ id: `${id}-source-${i}`, kind: 'url', url })),
  }))
  return settingsWith(withSources, '2026-01-06T00:00:00.000Z')
}

export const fixtureOrigin = `http://127.0.0.1:${process.env.FIXTURE_PORT ?? 4174}`
