import { writeFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { pdfPages } from './pdf-text'

const REPORT = '/?view=report&period=custom&from=2025-06-01&to=2026-06-01'
const DEMO = ['maestra', 'Voyado', 'GitHub', 'Claude', 'DigitalOcean', 'Sauce Labs', 'MoonPay']

async function openReport(page: Page, keep: string[]) {
  await page.goto(REPORT)
  const vendors = page.getByRole('group', { name: 'Vendors in the report' })
  for (const name of DEMO.filter((vendor) => !keep.includes(vendor)))
    await vendors.getByRole('checkbox', { name, exact: true }).uncheck()
  await expect(page.getByRole('button', { name: 'Print / Save as PDF' })).toBeEnabled({
    timeout: 20_000,
  })
  for (const name of keep) await expect(page.getByRole('heading', { level: 2, name })).toBeVisible()
}

test.describe('the SLA report', () => {
  test('prints two vendors to a multi-page PDF, the second starting on a new page', async ({
    page,
  }, testInfo) => {
    await openReport(page, ['maestra', 'MoonPay'])
    await expect(page).toHaveURL(/report=[^&]+%2C|report=[^&]+,/)
    const path = testInfo.outputPath('report.pdf')
    writeFileSync(path, await page.pdf({ format: 'A4' }))
    const pages = await pdfPages(path)
    expect(pages.length).toBeGreaterThanOrEqual(2)
    const firstLine = (text: string) => text.trim().split('\n')[0]?.trim()
    const moonpayStart = pages.findIndex((text) => firstLine(text) === 'MoonPay')
    expect(firstLine(pages[0] ?? '')).toBe('Vendor reliability report')
    expect(moonpayStart).toBeGreaterThan(0)
    const maestra = pages.slice(0, moonpayStart).join('\n')
    const moonpay = pages.slice(moonpayStart).join('\n')
    expect(maestra).toContain('99.992 %')
    expect(maestra).toContain('Degraded access to admin panel')
    expect(maestra).toContain('Duration discrepancy')
    expect(maestra).toContain('Daily status by component')
    expect(maestra).not.toContain('Data covers: 2025-10-10')
    expect(moonpay).toContain('Data covers: 2025-10-10 16:43 to 2025-11-28 10:21 UTC')
    expect(moonpay).toContain('Downtime by month')
    const all = pages.join('\n')
    for (const chrome of [
      'Print / Save as PDF',
      'Vendors in the report',
      'Uptime method',
      'Demo data',
    ])
      expect(all).not.toContain(chrome)
    expect(pages.every((text) => text.trim().length > 0)).toBe(true)
  })

  test('prints the document alone, in light colours, when the app is dark', async ({ page }) => {
    await openReport(page, ['maestra'])
    await page.getByLabel('Theme').selectOption('dark')
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden()
    await expect(page.getByLabel('Uptime method')).toBeHidden()
    await expect(page.getByRole('button', { name: 'Print / Save as PDF' })).toBeHidden()
    const report = page.getByRole('article', { name: 'Vendor reliability report' })
    await expect(report).toBeVisible()
    const colours = await report.evaluate((el) => ({
      report: getComputedStyle(el).backgroundColor,
      text: getComputedStyle(el).color,
      page: getComputedStyle(document.body).backgroundColor,
      shell: getComputedStyle(document.querySelector('#root > div') ?? el).backgroundColor,
    }))
    expect(colours).toEqual({
      report: 'rgb(255, 255, 255)',
      text: 'rgb(15, 23, 42)',
      page: 'rgb(255, 255, 255)',
      shell: 'rgb(255, 255, 255)',
    })
  })

  test('the print button opens the browser print dialog', async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes')
    })
    await openReport(page, ['maestra'])
    await page.getByRole('button', { name: 'Print / Save as PDF' }).click()
    await expect.poll(() => page.evaluate(() => document.body.dataset.printed)).toBe('yes')
  })
})
