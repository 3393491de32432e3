import type { Benchmark } from './benchmark'
import { browserSession, KEEP_NAMES } from './browser'
import { compareAsyncPairs } from './measure'

// Largest contentful paint and layout shift, recorded from the first byte of the page.
const OBSERVE = `
window.benchLcp = 0; window.benchCls = 0;
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.benchLcp = e.startTime }).observe({ type: 'largest-contentful-paint', buffered: true });
new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.benchCls += e.value }).observe({ type: 'layout-shift', buffered: true });
`

const shifts: number[] = []

/** A cold load (fresh context: no cache, no stored data) of `path`; its LCP in ms. */
async function coldLcp(path: string, recordShift: boolean): Promise<number> {
  const { browser, baseUrl } = await browserSession()
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1400, height: 900 },
  })
  await context.addInitScript(KEEP_NAMES)
  await context.addInitScript(OBSERVE)
  const page = await context.newPage()
  await page.goto(path, { waitUntil: 'networkidle' })
  await page.waitForTimeout(500)
  const { lcp, cls } = await page.evaluate(() => {
    const w = window as unknown as { benchLcp: number; benchCls: number }
    return { lcp: w.benchLcp, cls: w.benchCls }
  })
  if (recordShift) shifts.push(cls)
  await context.close()
  return lcp
}

export const b09: Benchmark = {
  id: 'B9',
  title: 'Cold load LCP (no throttling)',
  target: { op: '≤', value: 1.5, baseline: 'a static hello page served by the same server' },
  async run() {
    shifts.length = 0
    await coldLcp('/', false)
    const load = await compareAsyncPairs(
      'first visit of / (demo data) vs /bench-hello/',
      () => coldLcp('/', true),
      () => coldLcp('/bench-hello/', false),
      5,
      'ms',
    )
    const cls = Math.max(...shifts)
    return {
      cases: [load],
      checks: [
        { name: 'LCP ≤ 2.5 s', ok: load.ours <= 2500, detail: `LCP ${load.ours.toFixed(0)} ms` },
        { name: 'CLS ≤ 0.02', ok: cls <= 0.02, detail: `worst CLS ${cls.toFixed(3)}` },
      ],
    }
  },
}
