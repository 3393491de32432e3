import type { BrowserContext, Page } from 'playwright-core'
import { generateFleet, type FleetVendor } from '../e2e/fixtures/heatmap-fleet'
import { seedFleet } from '../e2e/fleet-page'
import { browserSession, KEEP_NAMES, type SessionOptions } from './browser'

const DAY = 86_400_000
/** The fleet of performance.md §6 (40 × 250), ending today so the "last N days" presets show it. */
export function benchFleet(): FleetVendor[] {
  const from = new Date(Date.now() - 365 * DAY).toISOString().slice(0, 10)
  return generateFleet({ vendors: 40, incidentsPerVendor: 250, seed: 6, from, days: 365 })
}

/**
 * A browser context whose app holds `fleet` (an empty fleet: the same app with no data). A fleet
 * is only what the app shows without the server's store (`store: false`): with it, the store's
 * workspace (the demo) replaces the browser's.
 */
export async function fleetContext(
  fleet: FleetVendor[],
  session: SessionOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const { browser, baseUrl } = await browserSession(session)
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1400, height: 900 },
  })
  await context.addInitScript(KEEP_NAMES)
  const page = await context.newPage()
  await seedFleet(page, fleet, '/favicon.svg')
  return { context, page }
}

/**
 * The Overview's own heading: the view a click leaves stays on screen while the next one renders,
 * so any `main h1` would match before the Overview is there.
 */
export const OVERVIEW_READY = '#overview-title'

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
 * In the page: clicks the Views link named `view`, waits until `readySelector` matches, then until
 * the frame showing it has painted; the milliseconds from the click. Found in a frame's callbacks,
 * that frame paints it, so one task ends the wait (the baselines' frame-then-task); found before any
 * frame, the next frame and a task.
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
      let inFrame = false
      while (!document.querySelector(readySelector)) {
        if (performance.now() > deadline) throw new Error(`${readySelector} never appeared`)
        await new Promise((r) => requestAnimationFrame(r))
        inFrame = true
      }
      await (inFrame ? new Promise((r) => setTimeout(r, 0)) : nextPaint())
      return performance.now() - start
    },
    { view, readySelector },
  )
}
