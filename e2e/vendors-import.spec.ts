import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { clearDemo, openVendors, vendorArticle } from './vendors-helpers'

const seeds = new URL('../src/core/__fixtures__/seeds/', import.meta.url)

test('pasting the Voyado incident page adds Voyado with its incident; a bad paste adds nothing', async ({
  page,
}) => {
  await openVendors(page)
  await clearDemo(page)
  const importPanel = page.getByRole('region', { name: 'Import files or text' })
  await importPanel.getByLabel('Pasted text').fill('hello')
  await importPanel.getByRole('button', { name: 'Import text' }).click()
  await expect(importPanel.getByRole('alert')).toContainText('Nothing was changed.')
  await expect(page.getByRole('heading', { name: 'Your vendors (0)' })).toBeVisible()

  const text = await readFile(new URL('voyado-engage-incident-report.txt', seeds), 'utf8')
  await importPanel.getByLabel('Pasted text').fill(text)
  await importPanel.getByLabel('Name', { exact: true }).fill('Voyado Engage report')
  await importPanel.getByRole('button', { name: 'Import text' }).click()
  await expect(importPanel.getByRole('status')).toHaveText(
    'Voyado Engage report: 1 incident imported under Voyado.',
  )
  await expect(importPanel.getByLabel('Pasted text')).toHaveValue('')
  await expect(vendorArticle(page, 'Voyado').getByText('1 incident stored')).toBeVisible()

  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Overview' })
    .click()
  await expect(vendorArticle(page, 'Voyado').getByText('[Engage] API issues')).toBeVisible()
})

test('files are imported one by one: a good one reports its count, a bad one changes nothing', async ({
  page,
}) => {
  await openVendors(page)
  await clearDemo(page)
  const importPanel = page.getByRole('region', { name: 'Import files or text' })
  await importPanel.getByLabel('Choose files').setInputFiles([
    {
      name: 'maestra.rss',
      mimeType: 'application/rss+xml',
      buffer: await readFile(new URL('maestra-status-history.rss', seeds)),
    },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('just some notes') },
  ])
  await expect(importPanel.getByRole('status')).toHaveText(
    'maestra.rss: 8 incidents and 11 maintenance windows imported under maestra.',
  )
  await expect(importPanel.getByRole('alert')).toContainText('notes.txt')
  await expect(page.getByRole('heading', { name: 'Your vendors (1)' })).toBeVisible()
})
