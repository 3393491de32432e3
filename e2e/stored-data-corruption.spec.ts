import { readFile } from 'node:fs/promises'
import { expect, test, type Browser, type Page } from '@playwright/test'

// A fixed period, so the figures do not move between the readings a test compares.
const PERIOD = 'period=custom&from=2025-06-01&to=2026-06-01'
const DEMO_NAMES = [
  'maestra',
  'Voyado',
  'GitHub',
  'Claude',
  'DigitalOcean',
  'Sauce Labs',
  'MoonPay',
]

interface Figures {
  overview: string[]
  incidents: string
}

/** Reads `read` until two readings a second apart agree: loads and re-reads have all landed. */
async function settled<T>(page: Page, read: () => Promise<T>): Promise<T> {
  const busy = page.getByText(/^(Loading…|Refreshing…|Loading stored history)/)
  for (let attempt = 0; attempt < 20; attempt++) {
    await expect(busy).toHaveCount(0, { timeout: 20_000 })
    const first = await read()
    await page.waitForTimeout(1000)
    if (JSON.stringify(await read()) === JSON.stringify(first)) return first
  }
  throw new Error('The figures never settled.')
}

/** Every demo vendor's figures on Overview and the incident count, once all history is in. */
async function readFigures(page: Page): Promise<Figures> {
  await page.goto(`/?${PERIOD}`)
  const maestra = page.getByRole('article', { name: 'maestra' })
  await expect(maestra.getByRole('definition').filter({ hasText: /^8$/ })).toBeVisible({
    timeout: 20_000,
  })
  const overview = await settled(page, async () => {
    const figures = []
    for (const name of DEMO_NAMES) {
      const card = page.getByRole('article', { name, exact: true })
      figures.push(`${name}: ${(await card.locator('dl').allInnerTexts()).join(' | ')}`)
    }
    return figures
  })
  await page.goto(`/?view=incidents&${PERIOD}`)
  const count = page.getByRole('status').filter({ hasText: /incidents match$/ })
  await expect(count).toBeVisible({ timeout: 20_000 })
  await expect(page.getByText('Loading stored incidents…')).toHaveCount(0)
  return { overview, incidents: await settled(page, () => count.innerText()) }
}

let cleanFigures: Figures | null = null
/** The figures of an untouched first run, read once in a context of its own. */
async function untouchedFigures(browser: Browser): Promise<Figures> {
  if (cleanFigures) return cleanFigures
  const context = await browser.newContext()
  cleanFigures = await readFigures(await context.newPage())
  await context.close()
  return cleanFigures
}

const RECORD_CORRUPTIONS = [
  'an incident whose start is a number',
  'an incident whose components are one string',
  'a source record whose intervals are text',
  'an incident record that is not an object',
] as const
type RecordCorruption = (typeof RECORD_CORRUPTIONS)[number]

/** Writes one bad record for maestra beside its valid ones, as a hand edit or old bug could. */
async function storeBadRecord(page: Page, corruption: RecordCorruption) {
  await page.evaluate(async (kind) => {
    const done = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
    const settings = JSON.parse(localStorage.getItem('vendor-reliability.settings') ?? '{}') as {
      vendors: { id: string; name: string; sources: { id: string }[] }[]
    }
    const maestra = settings.vendors.find((vendor) => vendor.name === 'maestra')
    if (!maestra) throw new Error('maestra is not in the settings')
    const db = await done(indexedDB.open('vendor-reliability'))
    const tx = db.transaction(['incidents', 'sources'], 'readwrite')
    const incidents = tx.objectStore('incidents')
    const sample = (await done(incidents.index('by-vendor').get(maestra.id))) as {
      sourceId: string
      incident: Record<string, unknown>
    }
    const keys = (incidentId: string) => ({
      vendorId: maestra.id,
      sourceId: sample.sourceId,
      incidentId,
    })
    const variant = (incidentId: string, change: Record<string, unknown>) => ({
      ...keys(incidentId),
      incident: { ...sample.incident, id: incidentId, ...change },
    })
    if (kind === 'an incident whose start is a number') {
      incidents.put(variant('corrupt-start', { start: 12345 }))
    } else if (kind === 'an incident whose components are one string') {
      incidents.put(variant('corrupt-components', { components: 'API' }))
    } else if (kind === 'an incident record that is not an object') {
      // An array carrying the key fields: the store accepts it, yet it is no record.
      incidents.put(Object.assign(['not', 'an', 'incident'], keys('corrupt-array')))
    } else {
      tx.objectStore('sources').put({
        vendorId: maestra.id,
        sourceId: 'corrupt-source',
        intervals: 'since forever',
        lastLoadedAt: 12345,
      })
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve
      tx.onerror = () => reject(tx.error)
    })
    db.close()
  }, corruption)
}

async function countStored(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('vendor-reliability')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const tx = db.transaction(['incidents', 'sources'])
    const count = (name: string) =>
      new Promise<number>((resolve) => {
        const request = tx.objectStore(name).count()
        request.onsuccess = () => resolve(request.result)
      })
    const counts = { incidents: await count('incidents'), sources: await count('sources') }
    db.close()
    return counts
  })
}

const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'could not be read' })

test.describe('a bad record in stored history', () => {
  for (const corruption of RECORD_CORRUPTIONS) {
    test(`${corruption} is left out and reported while every valid incident shows`, async ({
      page,
    }) => {
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      const before = await readFigures(page)
      await storeBadRecord(page, corruption)
      // From now on history comes from storage alone: the demo files no longer load.
      await page.route('**/demo/**', (route) => route.abort())
      const after = await readFigures(page)
      expect(after).toEqual(before)
      await expect(notice(page)).toHaveCount(1)
      await expect(notice(page)).toContainText('1 stored record could not be read and is left out')
      await expect(page.getByText(/updated in another tab/)).toHaveCount(0)
      expect(errors).toEqual([])
    })
  }

  test('can be exported as JSON, then removed for good', async ({ page }) => {
    const before = await readFigures(page)
    const stored = await countStored(page)
    await storeBadRecord(page, 'an incident whose start is a number')
    await storeBadRecord(page, 'a source record whose intervals are text')
    await page.route('**/demo/**', (route) => route.abort())
    expect(await readFigures(page)).toEqual(before)
    await expect(notice(page)).toContainText('2 stored records could not be read')

    const downloading = page.waitForEvent('download')
    await notice(page).getByRole('button', { name: 'Export them' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(
      /^vendor-reliability-unreadable-records-\d{4}-\d{2}-\d{2}\.json$/,
    )
    const file = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      records: { store: string; problem: string; value: { incident?: { start?: unknown } } }[]
    }
    expect(file.records.map((record) => record.store).sort()).toEqual(['incidents', 'sources'])
    expect(file.records.find((r) => r.store === 'incidents')?.value.incident?.start).toBe(12345)
    expect(file.records.every((record) => record.problem.length > 0)).toBe(true)

    await notice(page).getByRole('button', { name: 'Remove them' }).click()
    await expect(notice(page)).toHaveCount(0)
    expect(await countStored(page)).toEqual(stored)
    expect(await readFigures(page)).toEqual(before)
    await expect(notice(page)).toHaveCount(0)
  })
})

test.describe('a stored history the app cannot open', () => {
  const cases = [
    {
      name: 'a database without object stores',
      version: 1,
      reason: 'the database has no object stores',
    },
    {
      name: 'a database from a newer version',
      version: 7,
      reason: 'it was saved by a newer version of Vendor Reliability',
    },
  ]
  for (const { name, version, reason } of cases) {
    test(`${name}: a notice, and the app works from memory`, async ({ page, browser }) => {
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      const expected = await untouchedFigures(browser)
      // Queued before the app's own open, so the app meets this database as it is.
      await page.addInitScript((v) => {
        indexedDB.open('vendor-reliability', v).onsuccess = (event) =>
          (event.target as IDBOpenDBRequest).result.close()
      }, version)
      expect(await readFigures(page)).toEqual(expected)
      await expect(notice(page)).toHaveText(
        new RegExp(`^Stored history could not be read: ${reason}; working from memory`),
      )
      await expect(page.getByText(/updated in another tab|Reload this page/)).toHaveCount(0)
      expect(errors).toEqual([])
    })
  }
})
