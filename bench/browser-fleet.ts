import type { BrowserContext, Page } from 'playwright-core'
import { generateFleet, type FleetVendor } from '../e2e/fixtures/heatmap-fleet'
import { browserSession, KEEP_NAMES } from './browser'

const DAY = 86_400_000
/** The fleet of performance.md §6 (40 × 250), ending today so the "last N days" presets show it. */
export function benchFleet(): FleetVendor[] {
  const from = new Date(Date.now() - 365 * DAY).toISOString().slice(0, 10)
  return generateFleet({ vendors: 40, incidentsPerVendor: 250, seed: 6, from, days: 365 })
}

/** Writes vendors into the app's IndexedDB archive and settings before the app runs (as e2e does). */
async function seed(page: Page, fleet: FleetVendor[]) {
  await page.goto('/favicon.svg')
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

/** A browser context whose app holds `fleet` (an empty fleet: the same app with no data). */
export async function fleetContext(
  fleet: FleetVendor[],
): Promise<{ context: BrowserContext; page: Page }> {
  const { browser, baseUrl } = await browserSession()
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1400, height: 900 },
  })
  await context.addInitScript(KEEP_NAMES)
  const page = await context.newPage()
  await seed(page, fleet)
  return { context, page }
}

/** Opens a view and waits until stored history has loaded. */
export async function openView(page: Page, query: string): Promise<void> {
  await page.goto(`/?${query}`)
  await page.getByRole('navigation', { name: 'Views' }).waitFor()
  await page
    .getByText(/Loading stored history/)
    .waitFor({ state: 'detached', timeout: 30_000 })
    .catch(() => {})
  await page.waitForTimeout(300)
}

/**
 * In the page: clicks the Views link named `view`, waits until `ready()` holds, then for the next
 * paint (a frame and a task); the milliseconds from the click.
 */
export function switchView(page: Page, view: string, readySelector: string): Promise<number> {
  return page.evaluate(
    async ({ view, readySelector }) => {
      const nextPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
      const link = [...document.querySelectorAll('nav[aria-label="Views"] a')].find(
        (a) => a.textContent?.trim() === view,
      ) as HTMLElement | undefined
      if (!link) throw new Error(`no Views link "${view}"`)
      const start = performance.now()
      link.click()
      const deadline = start + 30_000
      while (!document.querySelector(readySelector)) {
        if (performance.now() > deadline) throw new Error(`${readySelector} never appeared`)
        await new Promise((r) => requestAnimationFrame(r))
      }
      await nextPaint()
      return performance.now() - start
    },
    { view, readySelector },
  )
}
