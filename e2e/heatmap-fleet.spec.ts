import { expect, test, type Page } from '@playwright/test'
import { generateFleet, type FleetVendor } from './fixtures/heatmap-fleet'

/** Writes the fleet straight into the app's IndexedDB archive and settings, before the app runs. */
async function seedFleet(page: Page, fleet: FleetVendor[]) {
  // Any same-origin file that is not the app: the app must not start before the data is in place.
  await page.goto('/demo/voyado-engage-incident.txt')
  // One JSON string crosses to the page far faster than 10,000 serialized objects.
  await page.evaluate(async (json) => {
    const vendors = JSON.parse(json) as FleetVendor[]
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('vendor-reliability', 1)
      request.onupgradeneeded = () => {
        const incidents = request.result.createObjectStore('incidents', {
          keyPath: ['vendorId', 'sourceId', 'incidentId'],
        })
        incidents.createIndex('by-vendor', 'vendorId')
        const sources = request.result.createObjectStore('sources', {
          keyPath: ['vendorId', 'sourceId'],
        })
        sources.createIndex('by-vendor', 'vendorId')
      }
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const tx = db.transaction(['incidents', 'sources'], 'readwrite')
    for (const vendor of vendors) {
      const sourceId = `${vendor.id}-source`
      tx.objectStore('sources').put({
        vendorId: vendor.id,
        sourceId,
        intervals: [vendor.coverage],
        lastLoadedAt: vendor.coverage.to,
        format: 'statuspage-json',
        feedVendorName: vendor.name,
        warningsCount: 0,
      })
      for (const incident of vendor.incidents)
        tx.objectStore('incidents').put({
          vendorId: vendor.id,
          sourceId,
          incidentId: incident.id,
          incident,
        })
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve
      tx.onerror = () => reject(tx.error)
    })
    db.close()
    const addedAt = '2026-01-01T00:00:00.000Z'
    localStorage.setItem(
      'vendor-reliability.settings',
      JSON.stringify({
        version: 1,
        vendors: vendors.map((vendor) => ({
          id: vendor.id,
          name: vendor.name,
          sources: [
            { id: `${vendor.id}-source`, kind: 'import', name: 'fleet.json', importedAt: addedAt },
          ],
          slaTarget: 99.9,
          excludedComponents: [],
          demo: false,
          addedAt,
        })),
        method: {
          preset: 'statuspage',
          weights: { major_outage: 1, partial_outage: 0.3, degraded_performance: 0, unknown: 0.3 },
        },
        maintenanceMode: 'exclude',
        durationSource: 'declared',
        theme: 'light',
        timeZone: 'utc',
        demoLoaded: true,
      }),
    )
  }, JSON.stringify(fleet))
}

const countNodes = (page: Page, name: RegExp) =>
  page.getByRole('region', { name }).evaluate((section) => section.querySelectorAll('*').length)

test('a fleet of 40 vendors × 250 incidents draws a 365-day heatmap with at most 1,400 DOM nodes', async ({
  page,
}) => {
  await seedFleet(page, generateFleet({ vendors: 40, incidentsPerVendor: 250, seed: 6 }))
  await page.goto('/?view=heatmap&period=custom&from=2025-01-01&to=2026-01-01&days=365')
  await expect(page.getByRole('heading', { name: /Component heatmap: all vendors/ })).toContainText(
    '(365 days)',
  )
  await expect(page.getByText(/Loading stored history/)).toHaveCount(0, { timeout: 15_000 })
  await page.getByText('Totals per row as a table').click()
  await expect(page.getByRole('rowheader', { name: 'Fleet vendor 40' })).toBeVisible()
  const nodes = await countNodes(page, /Component heatmap/)
  console.log(`heatmap DOM nodes with 40 × 365 cells and the totals table open: ${nodes}`)
  expect(nodes).toBeLessThanOrEqual(1400)

  const grid = page.getByRole('application', { name: /Component heatmap: all vendors/ })
  await grid.focus()
  await grid.press('End')
  await grid.press('PageDown')
  await expect(page.getByRole('tooltip')).toContainText('Fleet vendor 01 · 2025-12-31 (UTC)')
  for (let row = 1; row < 5; row += 1) await grid.press('ArrowDown')
  await grid.press('Home')
  // Fleet vendor 05's feed starts a third into the year: its first day has no data.
  await expect(page.getByRole('tooltip')).toContainText('Fleet vendor 05 · 2025-01-01 (UTC)')
  await expect(page.getByRole('tooltip')).toContainText('No data')
})

test('the all-vendors timeline of the same fleet stays a few hundred DOM nodes', async ({
  page,
}) => {
  await seedFleet(page, generateFleet({ vendors: 40, incidentsPerVendor: 250, seed: 6 }))
  await page.goto('/?view=timeline&period=custom&from=2025-01-01&to=2026-01-01')
  await expect(page.getByText(/Loading stored history/)).toHaveCount(0, { timeout: 15_000 })
  await expect(page.getByRole('img', { name: /40 lanes/ })).toBeVisible()
  const nodes = await countNodes(page, /Incident timeline/)
  console.log(`timeline DOM nodes with 40 lanes × 250 bars: ${nodes}`)
  expect(nodes).toBeLessThanOrEqual(400)
})
