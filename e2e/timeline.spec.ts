import { expect, test } from '@playwright/test'

test('the Voyado incident bar spans 14:09–15:41 UTC on 2025-04-30 and opens its detail', async ({
  page,
}) => {
  await page.goto('/?view=timeline&period=custom&from=2025-04-30&to=2025-05-01')
  await page.getByLabel('Vendor', { exact: true }).selectOption({ label: 'Voyado' })
  await expect(page.getByRole('heading', { name: /Incident timeline: Voyado/ })).toBeVisible()
  await page.getByText('Bars in view as a table').click()
  const row = page.getByRole('row', { name: /\[Engage\] API issues/ })
  await expect(row).toContainText('2025-04-30 14:09–15:41 UTC')
  await expect(row).toHaveAttribute('data-start', '2025-04-30T14:09:00.000Z')
  await expect(row).toHaveAttribute('data-end', '2025-04-30T15:41:00.000Z')

  const chart = page.getByRole('img', { name: /Incident timeline: Voyado/ })
  const position = {
    x: Number(await row.getAttribute('data-x')),
    y: Number(await row.getAttribute('data-y')),
  }
  await chart.hover({ position })
  const tooltip = page.getByRole('tooltip')
  await expect(tooltip).toContainText('[Engage] API issues')
  await expect(tooltip).toContainText('2025-04-30 14:09–15:41 UTC')
  await expect(tooltip).toContainText('Duration 1 h 32 min')

  await chart.click({ position })
  await expect(page).toHaveURL(/view=incidents/)
  const incident = new URL(page.url()).searchParams.get('incident') ?? ''
  expect(incident).toMatch(/^[^:]+:voyado:engage-api-issues:2025-04-30T14:09:00Z$/)
})

test('zooming narrows the visible range and the whole-period button restores it', async ({
  page,
}) => {
  await page.goto('/?view=timeline&period=custom&from=2025-04-01&to=2025-05-01')
  const range = page.getByText(/^Showing /)
  await expect(range).toContainText('2025-04-01 00:00 → 2025-05-01 00:00 UTC')
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await expect(range).toContainText('2025-04-08 12:00 → 2025-04-23 12:00 UTC')
  const chart = page.getByRole('img', { name: /Incident timeline: all vendors/ })
  await chart.focus()
  await chart.press('ArrowRight')
  await expect(range).toContainText('2025-04-11 12:00 → 2025-04-26 12:00 UTC')
  await page.getByRole('button', { name: 'Whole period' }).click()
  await expect(range).toContainText('2025-04-01 00:00 → 2025-05-01 00:00 UTC')
})

test('dragging the chart pans it and Ctrl + wheel zooms in at the pointer', async ({ page }) => {
  await page.goto('/?view=timeline&period=custom&from=2025-04-01&to=2025-05-01')
  // Once every vendor is in, nothing above the chart moves any more (the data-end note appears).
  await expect(page.locator('[data-loading="false"]')).toBeVisible({ timeout: 30_000 })
  const range = page.getByText(/^Showing /)
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await expect(range).toContainText('(15 days)')
  const chart = page.getByRole('img', { name: /Incident timeline: all vendors/ })
  const box = await chart.boundingBox()
  if (!box) throw new Error('the chart is not on screen')
  const y = box.y + 12
  await page.mouse.move(box.x + box.width * 0.8, y)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 5 })
  await page.mouse.up()
  await expect(range).not.toContainText('2025-04-08 12:00 → 2025-04-23 12:00')
  await expect(range).toContainText('(15 days)')
  // Measured again: the wheel must land on the chart even if something above it moved meanwhile.
  const now = await chart.boundingBox()
  if (!now) throw new Error('the chart is not on screen')
  await page.mouse.move(now.x + now.width * 0.6, now.y + now.height / 2)
  await page.keyboard.down('Control')
  await page.mouse.wheel(0, -200)
  await page.keyboard.up('Control')
  await expect(range).not.toContainText('(15 days)')
})
