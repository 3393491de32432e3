import { expect, test, type APIRequestContext } from '@playwright/test'
import { FIXTURES, clearDemo, openVendors, vendorArticle } from './vendors-helpers'

interface SyntheticLog {
  maxInFlight: number
  requests: { path: string; start: number; end: number; status: number }[]
  incidents: { code: string; start: number; end: number }[]
}

async function synthLog(request: APIRequestContext): Promise<SyntheticLog> {
  return (await (await request.get(`${FIXTURES}/synth-log`)).json()) as SyntheticLog
}

/** The most requests the status page had open at once from `since` on, from its own log. */
function peakFrom(log: SyntheticLog, since: number): number {
  const edges = log.requests
    .filter((r) => r.start >= since)
    .flatMap((r) => [
      { at: r.start, step: 1 },
      { at: r.end, step: -1 },
    ])
    .sort((a, b) => a.at - b.at || a.step - b.step)
  let open = 0
  let peak = 0
  for (const edge of edges) peak = Math.max(peak, (open += edge.step))
  return peak
}

const backfillPaths = (log: SyntheticLog) =>
  log.requests.map((r) => r.path).filter((p) => p.startsWith('/history.json?page='))
const incidentPaths = (log: SyntheticLog) =>
  log.requests.map((r) => r.path).filter((p) => p.startsWith('/api/v2/incidents/'))

/**
 * Each incident in the span was fetched exactly once, except those incidents.json had already
 * stored in full (its three newest), which may have been skipped.
 */
function expectEachFetchedOnce(log: SyntheticLog, spanFrom: number) {
  const paths = incidentPaths(log)
  expect(new Set(paths).size).toBe(paths.length)
  const pathOf = (code: string) => `/api/v2/incidents/${code}.json`
  const inSpan = log.incidents.filter((i) => i.end >= spanFrom).map((i) => pathOf(i.code))
  const listed = log.incidents.slice(0, 3).map((i) => pathOf(i.code))
  expect(paths.every((p) => inSpan.includes(p))).toBe(true)
  expect(inSpan.filter((p) => !listed.includes(p) && !paths.includes(p))).toEqual([])
}

test('a Statuspage vendor is added with its JSON sources and a backfill that can be cancelled, resumed and extended', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000)
  await openVendors(page)
  await clearDemo(page)
  await page.getByLabel('Status page address or domain').fill(`${FIXTURES}/synth`)
  await page.getByRole('button', { name: 'Find feeds' }).click()
  const found = page.getByRole('group', { name: /4 feeds found at/ })
  // History feed and the three JSON documents are all subscribed by default.
  for (const checkbox of await found.getByRole('checkbox').all())
    await expect(checkbox).toBeChecked()
  await page.getByLabel('Vendor name').fill('Synthetic')
  await page.getByLabel('History to fetch').selectOption('6')
  const started = Date.now()
  await page.getByRole('button', { name: 'Add vendor' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Synthetic added with 4 feeds' }),
  ).toBeVisible()

  const row = vendorArticle(page, 'Synthetic')
  await expect(
    row.getByRole('progressbar', { name: 'History backfill of Synthetic' }),
  ).toBeVisible()
  await expect(
    row.getByText(/^History fetched: 6 months, covering \d{4}-\d{2}-01 onward\.$/),
  ).toBeVisible({
    timeout: 60_000,
  })
  await expect(row.getByText(/^History pages 3 of 3 · incidents (\d+) of \1$/)).toBeVisible()

  let log = await synthLog(request)
  // Page 2 failed once and was asked again; page 3 answered slowly.
  expect(backfillPaths(log)).toEqual([1, 2, 2, 3].map((n) => `/history.json?page=${n}`))
  const now = new Date()
  const spanFrom = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 6, now.getUTCDate())
  expectEachFetchedOnce(log, spanFrom)
  expect(peakFrom(log, started)).toBeLessThanOrEqual(2)
  // Every incident of the nine months the three pages list is stored.
  const firstMonth = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 8, 1)
  const listed = log.incidents.filter((i) => i.start >= firstMonth).length
  await expect(row.getByText(`${listed} incidents stored`)).toBeVisible()

  // Extend to 24 months, cancel part-way, reload, and resume where it stopped.
  await row.getByLabel('History to fetch').selectOption('24')
  await row.getByRole('button', { name: 'Extend to 24 months' }).click()
  await expect(row.getByText(/^History pages [45] of 9/)).toBeVisible({ timeout: 30_000 })
  await row.getByRole('button', { name: 'Cancel' }).click()
  await expect(row.getByText('Cancelled; Resume continues where it stopped.')).toBeVisible()
  await page.reload()
  const again = vendorArticle(page, 'Synthetic')
  await expect(again.getByText(/^History pages [45] of 9/)).toBeVisible()
  await again.getByRole('button', { name: 'Resume' }).click()
  await expect(again.getByText(/^History fetched: 24 months/)).toBeVisible({ timeout: 60_000 })
  await expect(again.getByRole('button', { name: 'History fetched' })).toBeDisabled()

  log = await synthLog(request)
  const pages = backfillPaths(log)
  expect(pages.filter((p) => p !== '/history.json?page=2')).toEqual(
    [1, 3, 4, 5, 6, 7, 8, 9].map((n) => `/history.json?page=${n}`),
  )
  expectEachFetchedOnce(
    log,
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 24, now.getUTCDate()),
  )
  expect(peakFrom(log, started)).toBeLessThanOrEqual(2)
  await expect(again.getByText(`${log.incidents.length} incidents stored`)).toBeVisible()
})

test('a vendor reading only a Statuspage feed is offered its JSON sources in one click', async ({
  page,
}) => {
  await openVendors(page)
  await clearDemo(page)
  // The feed's own address: discovery finds that one feed only.
  await page.getByLabel('Status page address or domain').fill(`${FIXTURES}/synth/history.atom`)
  await page.getByRole('button', { name: 'Find feeds' }).click()
  await expect(page.getByRole('group', { name: /1 feed found at/ })).toBeVisible()
  await page.getByLabel('Vendor name').fill('Feed only')
  await page.getByLabel('History to fetch').selectOption('0')
  await page.getByRole('button', { name: 'Add vendor' }).click()

  const row = vendorArticle(page, 'Feed only')
  const sources = row.getByRole('list', { name: 'Sources of Feed only' })
  await expect(sources.getByRole('listitem')).toHaveCount(1)
  await row.getByRole('button', { name: 'Add the missing sources of Feed only' }).click()
  await expect(row.getByText('Added 3 Statuspage JSON sources.')).toBeVisible()
  for (const path of ['incidents', 'scheduled-maintenances', 'summary'])
    await expect(
      sources.getByRole('listitem').filter({ hasText: `/synth/api/v2/${path}.json` }),
    ).toContainText(/Last refresh/)
  await expect(row.getByRole('button', { name: /Add the missing sources/ })).toHaveCount(0)
  await expect(row.getByRole('button', { name: 'Fetch history' })).toBeVisible()
})
