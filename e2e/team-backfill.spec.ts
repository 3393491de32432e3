import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test } from '@playwright/test'
import { startStoreServer, type StoreServer } from './store-server'
import { createSyntheticStatuspage } from './synthetic-statuspage.mjs'
import { vendorArticle } from './vendors-helpers'

// A Statuspage page of its own (the fixture server's /synth keeps a request log other specs count),
// served beside the server with its store and collector.
const synthetic = createSyntheticStatuspage({ months: 6, perMonth: 3 })
let upstream: Server
let origin = ''
let server: StoreServer

test.beforeAll(async () => {
  test.setTimeout(90_000)
  upstream = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin)
    void synthetic.handle(req, res, origin, url.pathname, url.search)
  })
  await new Promise<void>((done) => upstream.listen(0, '127.0.0.1', done))
  origin = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
  server = await startStoreServer({
    COLLECT: '1',
    COLLECT_INTERVAL_SECONDS: '1',
    PROXY_ALLOW_HOSTS: new URL(origin).host,
  })
})

test.afterAll(async () => {
  await server.stop()
  upstream.closeAllConnections()
  upstream.close()
})

async function storedIds(): Promise<string[]> {
  const answer = await server.call('/api/history?vendor=synth')
  const body = (await answer.json()) as { incidents?: { id: string }[] }
  return (body.incidents ?? []).map((incident) => incident.id)
}

test("a backfill started in the app goes on in the server's collector after the page is closed", async ({
  browser,
}) => {
  test.setTimeout(60_000)
  const vendor = {
    id: 'synth',
    name: 'Synthetic',
    // incidents.json lists the three newest incidents: anything older comes from the backfill.
    sources: [{ id: 'json', kind: 'url', url: `${origin}/api/v2/incidents.json` }],
    slaTarget: 99.9,
    excludedComponents: [],
    demo: false,
    addedAt: new Date().toISOString(),
  }
  const { version } = (await (await server.call('/api/workspace')).json()) as { version: number }
  const body = JSON.stringify({ version, vendors: [vendor] })
  const put = await server.call('/api/workspace', { method: 'PUT', body })
  expect(put.status).toBe(200)

  const page = await browser.newPage()
  await page.goto(`${server.base}/?view=vendors`)
  const row = vendorArticle(page, 'Synthetic')
  await row.getByLabel('History to fetch').selectOption('3')
  await row.getByRole('button', { name: 'Fetch history' }).click()
  const line = /^The server (continues|has fetched) this backfill: \d+ of \d+ pages/
  await expect(row.getByText(line)).toBeVisible({
    timeout: 15_000,
  })
  await page.close()

  // What the first history page lists: the current month and the two before it.
  const now = new Date()
  const firstMonth = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1)
  const listed = synthetic.incidents.filter((i) => i.start >= firstMonth).map((i) => i.code)
  expect(listed.length).toBeGreaterThan(3)
  const missing = async () => {
    const ids = await storedIds()
    return listed.filter((code) => !ids.some((id) => id.includes(code)))
  }
  await expect.poll(missing, { timeout: 25_000 }).toEqual([])
  const backfills = async () => {
    const answer = await server.call('/api/sources')
    return ((await answer.json()) as { backfills: unknown[] }).backfills
  }
  await expect
    .poll(backfills, { timeout: 10_000 })
    .toMatchObject([{ vendorId: 'synth', months: 3, progress: { complete: true } }])
})
