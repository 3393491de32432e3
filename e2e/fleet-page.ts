import type { Page } from '@playwright/test'
import type { FleetVendor } from './fixtures/heatmap-fleet'
import { settingsWith } from './settings-fixture'

const ADDED_AT = '2026-01-01T00:00:00.000Z'

/** Each fleet vendor with one imported source. */
function fleetSettings(fleet: readonly FleetVendor[]) {
  const vendors = fleet.map(({ id, name }) => ({
    id,
    name,
    sources: [{ id: `${id}-source`, kind: 'import', name: 'fleet.json', importedAt: ADDED_AT }],
  }))
  return settingsWith(vendors, ADDED_AT)
}

/**
 * Writes the fleet straight into the app's IndexedDB archive and settings, before the app runs
 * (e2e and the browser benchmarks). `blankPath`: a same-origin file that is not the app.
 */
export async function seedFleet(page: Page, fleet: FleetVendor[], blankPath: string) {
  // Any same-origin file that is not the app: the app must not start before the data is in place.
  await page.goto(blankPath)
  // One JSON string crosses to the page far faster than 10,000 serialized objects.
  await page.evaluate(
    async ({ json, settings }) => {
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
      localStorage.setItem('vendor-reliability.settings', settings)
    },
    { json: JSON.stringify(fleet), settings: JSON.stringify(fleetSettings(fleet)) },
  )
}
