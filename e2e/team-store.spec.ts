import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test } from '@playwright/test'
import { incident, statuspageRss, type FeedIncident } from '../src/server/store/test-support/feeds'
import { APP_HEADERS as APP, startStoreServer, type StoreServer } from './store-server'

// The server with its store and collector, on its own port and data directory, beside the suite's.
let upstream: Server
let upstreamHost = ''
let published: FeedIncident[] = []
let failing = false
let server: StoreServer
let port = 0

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()

async function historyTitles(): Promise<string[]> {
  const workspace = await fetch(`http://127.0.0.1:${port}/api/history?vendor=acme`, {
    headers: APP,
  })
  const body = (await workspace.json()) as { incidents?: { title: string }[] }
  return (body.incidents ?? []).map((i) => i.title)
}

test.beforeAll(async () => {
  upstream = createServer((_req, res) => {
    if (failing) return void res.writeHead(500).end('down')
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(statuspageRss(published))
  })
  await new Promise<void>((done) => upstream.listen(0, '127.0.0.1', done))
  upstreamHost = `127.0.0.1:${(upstream.address() as AddressInfo).port}`
  server = await startStoreServer({
    COLLECT: '1',
    COLLECT_INTERVAL_SECONDS: '1',
    PROXY_ALLOW_HOSTS: upstreamHost,
  })
  port = Number(new URL(server.base).port)
})

test.afterAll(async () => {
  await server.stop()
  upstream.closeAllConnections()
  upstream.close()
})

test('an incident published while no browser is open reaches a fresh browser, before and after a restart', async ({
  browser,
}) => {
  published = [incident('first1', minutesAgo(180), 20)]
  const vendor = {
    id: 'acme',
    name: 'Acme Cloud',
    sources: [{ id: 'feed', kind: 'url', url: `http://${upstreamHost}/history.rss` }],
    slaTarget: 99.9,
    excludedComponents: [],
    demo: false,
    addedAt: new Date().toISOString(),
  }
  const put = await fetch(`http://127.0.0.1:${port}/api/workspace`, {
    method: 'PUT',
    headers: APP,
    body: JSON.stringify({ version: 0, vendors: [vendor] }),
  })
  expect(put.status).toBe(200)
  await expect.poll(historyTitles, { timeout: 20_000 }).toContain('Errors on first1')

  // No browser is open: the vendor publishes a new incident, the collector's next poll takes it.
  published = [incident('second2', minutesAgo(30), 10), ...published]
  await expect.poll(historyTitles, { timeout: 20_000 }).toContain('Errors on second2')
  failing = true // from now on only the server's archive knows about it

  for (const phase of ['after the poll', 'after a restart']) {
    if (phase === 'after a restart') await server.restart()
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`http://127.0.0.1:${port}/?view=incidents`)
    await expect(page.getByRole('button', { name: 'Errors on second2' }), phase).toBeVisible({
      timeout: 30_000,
    })
    await expect(page.getByRole('button', { name: 'Errors on first1' })).toBeVisible()
    await context.close()
  }

  // The operator view: the source's polls, and the errors since the feed started failing.
  const page = await browser.newPage()
  await page.goto(`http://127.0.0.1:${port}/?view=vendors`)
  const collection = page.getByRole('region', { name: 'Server collection' })
  await expect(collection).toContainText(/holds 2 incidents and \d+ raw captures/)
  const row = collection.getByRole('row').filter({ hasText: `http://${upstreamHost}/history.rss` })
  await expect(row).toContainText(/\d+ × upstream_status/, { timeout: 20_000 })
  await page.close()
})
