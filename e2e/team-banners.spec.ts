import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { parseFeed } from '../src/core/parse/index'
import { incident, statuspageRss } from '../src/server/store/test-support/feeds'
import { importedVendor, startStoreServer, type StoreServer } from './store-server'

// What the app says about the team's server: a stale edit, a token to enter, a store that is down.
// One server with the store (no collector) on a temporary data directory, restarted as each test
// needs: a new embedded store takes seconds to create, reopening it far less.
let server: StoreServer
test.beforeAll(async () => {
  test.setTimeout(90_000)
  server = await startStoreServer()
})
test.afterAll(() => server.stop())

const TOKEN = 'e2e-token-0123456789abcdef'

/** The banner's page has no serious or critical axe violation, in the light and the dark theme. */
async function expectAccessible(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    // The app follows the system theme by script, then its colours fade: check the settled page.
    await page.waitForFunction(
      (dark) => document.documentElement.classList.contains('dark') === dark,
      colorScheme === 'dark',
    )
    await page.waitForFunction(() =>
      document.getAnimations().every((a) => a.playState !== 'running'),
    )
    const { violations } = await new AxeBuilder({ page }).analyze()
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    const where = (v: (typeof serious)[number]) => v.nodes.map((n) => n.target.join(' ')).join(', ')
    expect(serious.map((v) => `${colorScheme}: ${v.id} at ${where(v)}`)).toEqual([])
  }
}

/** Replaces the workspace over its current version; returns the new version. */
async function putWorkspace(vendors: unknown[], token?: string): Promise<number> {
  const current = (await (await server.call('/api/workspace', {}, token)).json()) as {
    version: number
  }
  const body = JSON.stringify({ version: current.version, vendors })
  const answer = await server.call('/api/workspace', { method: 'PUT', body }, token)
  expect(answer.status).toBe(200)
  return current.version + 1
}

test('a stale edit gets 409 and the user sees the newer workspace', async ({ page }) => {
  test.setTimeout(30_000)
  const [acme, beta, gamma] = [
    importedVendor('acme', 'Acme'),
    importedVendor('beta', 'Beta'),
    importedVendor('gamma', 'Gamma'),
  ]
  await putWorkspace([acme, beta])
  await page.goto(`${server.base}/?view=vendors`)
  await expect(page.getByRole('heading', { name: 'Your vendors (2)' })).toBeVisible()
  // Imported vendors have nothing to poll: the operator view says so instead of an empty table.
  const collection = page.getByRole('region', { name: 'Server collection' })
  await expect(collection).toContainText('No source is polled yet')
  await expect(collection.getByRole('table')).toHaveCount(0)

  const theirs = await putWorkspace([acme, beta, gamma]) // a colleague adds a vendor meanwhile
  const remove = page.getByRole('button', { name: 'Remove Beta' })
  await remove.click()
  await remove.click() // confirms
  await expect(page.getByRole('alert')).toContainText('Someone else changed the workspace first')
  await expectAccessible(page)
  await expect(page.getByRole('heading', { name: 'Your vendors (3)' })).toBeVisible()
  await expect(page.getByRole('article', { name: 'Gamma', exact: true })).toBeVisible()
  const stored = (await (await server.call('/api/workspace')).json()) as { version: number }
  expect(stored.version).toBe(theirs) // the stale write changed nothing
})

test('with AUTH_TOKEN set, the app asks for the token and works once it is entered', async ({
  page,
}) => {
  test.setTimeout(30_000)
  await server.restart({ AUTH_TOKEN: TOKEN })
  await putWorkspace([importedVendor('locked', 'Acme Locked')], TOKEN)
  await page.goto(`${server.base}/?view=vendors`)
  const token = page.getByLabel('This server needs its access token:')
  await expect(token).toBeVisible()
  await expectAccessible(page)
  await token.fill('not-the-token-at-all')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(token).toBeVisible() // a wrong token leaves the field there
  await token.fill(TOKEN)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('article', { name: 'Acme Locked', exact: true })).toBeVisible()
  await expect(token).toBeHidden()
})

test("when the server's store is unavailable the app says so and works from its cache", async ({
  page,
}) => {
  test.setTimeout(30_000)
  await server.restart()
  await putWorkspace([importedVendor('cached', 'Acme Cached')])
  const start = new Date(Date.now() - 180 * 60_000).toISOString()
  const parsed = parseFeed(statuspageRss([incident('cached1', start, 20)]), {
    location: 'history.rss',
  })
  if (!parsed.ok) throw new Error(parsed.error.message)
  const body = JSON.stringify({
    vendorId: 'cached',
    sourceId: 'cached-file',
    incidents: parsed.feed.incidents,
  })
  expect((await server.call('/api/history', { method: 'POST', body })).status).toBe(200)
  await page.goto(`${server.base}/?view=incidents`)
  const cached = page.getByRole('button', { name: 'Errors on cached1' })
  await expect(cached).toBeVisible()

  // The same server, now pointed at a database that is not there: every store call answers 503.
  await server.restart({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }, '/')
  await page.reload()
  await expect(page.getByRole('status').filter({ hasText: 'store is unavailable' })).toBeVisible()
  await expect(cached).toBeVisible()
  await expectAccessible(page)
  await page.goto(`${server.base}/?view=vendors`)
  await expect(page.getByRole('article', { name: 'Acme Cached', exact: true })).toBeVisible()
})
