import { readFile, writeFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { openVendors, vendorArticle } from './vendors-helpers'

test('an exported archive brings a removed vendor back with its history', async ({
  page,
}, testInfo) => {
  await openVendors(page)
  const moonpay = vendorArticle(page, 'MoonPay')
  // Wait for the demo feed's load, then note what it stored.
  const stored = moonpay.getByText(/^[1-9][\d,]* incidents?\b.* stored/)
  await expect(stored).toBeVisible()
  const count = (await stored.textContent())?.split(' stored')[0] ?? ''

  const archivePanel = page.getByRole('region', { name: 'Archive' })
  const downloading = page.waitForEvent('download')
  await archivePanel.getByRole('button', { name: 'Export archive' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(
    /^vendor-reliability-archive-\d{4}-\d{2}-\d{2}\.json$/,
  )
  const file = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(file)
  await expect(archivePanel.getByRole('status')).toContainText('Exported 7 vendors')

  await moonpay.getByRole('button', { name: 'Remove MoonPay' }).click()
  await moonpay.getByRole('button', { name: 'Remove MoonPay' }).click()
  await expect(moonpay).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Your vendors (6)' })).toBeVisible()

  // A file from a newer version is refused and changes nothing.
  const future = JSON.parse(await readFile(file, 'utf8'))
  const futureFile = testInfo.outputPath('future.json')
  await writeFile(futureFile, JSON.stringify({ ...future, version: 99 }))
  await archivePanel.getByLabel('Import archive file').setInputFiles(futureFile)
  await expect(archivePanel.getByRole('alert')).toContainText('newer version')
  await expect(page.getByRole('heading', { name: 'Your vendors (6)' })).toBeVisible()

  await archivePanel.getByLabel('Import archive file').setInputFiles(file)
  await expect(archivePanel.getByRole('status')).toContainText('Imported 7 vendors')
  await expect(page.getByRole('heading', { name: 'Your vendors (7)' })).toBeVisible()
  await expect(vendorArticle(page, 'MoonPay').getByText(`${count} stored`)).toBeVisible()
})

test('one vendor exports on its own', async ({ page }) => {
  await openVendors(page)
  const maestra = vendorArticle(page, 'maestra')
  await expect(maestra.getByText(/^8 incidents and 11 maintenance windows stored/)).toBeVisible()
  const downloading = page.waitForEvent('download')
  await maestra.getByRole('button', { name: 'Export maestra' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(
    /^vendor-reliability-archive-maestra-\d{4}-\d{2}-\d{2}\.json$/,
  )
  const archive = JSON.parse(await readFile((await download.path())!, 'utf8'))
  expect(archive.format).toBe('vendor-reliability-archive')
  expect(archive.vendors.map((v: { config: { name: string } }) => v.config.name)).toEqual([
    'maestra',
  ])
  expect(archive.vendors[0].incidents).toHaveLength(19)
})
