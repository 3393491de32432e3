import type { Page } from 'playwright-core'
import type { Benchmark } from './benchmark'
import { fleetContext, openView } from './browser-fleet'
import { scaledAtom } from './inputs'
import { compareAsyncPairs } from './measure'

const longTasks: number[] = []

/**
 * Main-thread long-task time while the Vendors page imports `atom` (parsed in the app's Worker).
 * The File is built in the page before the count starts: Playwright's own copy of 1 MB into the
 * page (base64 decoding, 75–430 ms in one task) is not the app's work.
 */
async function importBusyMs(page: Page, atom: string, round: number): Promise<number> {
  await openView(page, 'view=vendors')
  const panel = page.getByRole('region', { name: 'Import files or text' })
  const input = await panel.getByLabel('Choose files').elementHandle()
  await page.evaluate(
    ({ text, name }) => {
      const w = window as unknown as { benchFile: File }
      w.benchFile = new File([text], name, { type: 'application/atom+xml' })
    },
    { text: atom, name: `fleet-${round}.atom` },
  )
  await page.waitForTimeout(100)
  await page.evaluate(() => {
    const w = window as unknown as { benchLong: number[] }
    w.benchLong = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.benchLong.push(entry.duration)
    }).observe({ type: 'longtask' })
  })
  // What setInputFiles does once the File is in the page: set it, then `input` and `change`.
  await input?.evaluate((element) => {
    const files = new DataTransfer()
    files.items.add((window as unknown as { benchFile: File }).benchFile)
    const field = element as HTMLInputElement
    field.files = files.files
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }))
    field.dispatchEvent(new Event('change', { bubbles: true }))
  })
  await panel
    .getByRole('status')
    .filter({ hasText: `fleet-${round}.atom` })
    .waitFor({ timeout: 60_000 })
  await page.waitForTimeout(300)
  const tasks = await page.evaluate(() => (window as unknown as { benchLong: number[] }).benchLong)
  longTasks.push(...tasks)
  return tasks.reduce((sum, ms) => sum + ms, 0)
}

/** fast-xml-parser (defaults) parsing the same bytes in a Worker of the same page. */
function workerParseMs(page: Page, text: string): Promise<number> {
  return page.evaluate(async (xml) => {
    const source = `importScripts('${location.origin}/bench-hello/fxp.min.js');
      onmessage = (e) => { const t = performance.now(); new fxp.XMLParser().parse(e.data); postMessage(performance.now() - t) }`
    const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })))
    const ms = await new Promise<number>((resolve) => {
      worker.onmessage = (e) => resolve(e.data as number)
      worker.postMessage(xml)
    })
    worker.terminate()
    return ms
  }, text)
}

export const b03: Benchmark = {
  id: 'B3',
  title: 'Off-main-thread ingest (import ≈ 1 MB Atom)',
  target: {
    op: '≤',
    value: 0.1,
    baseline: 'bare fxp parse of the same bytes in a Worker, same page',
  },
  async run() {
    longTasks.length = 0
    const text = scaledAtom()
    const megabytes = Buffer.byteLength(text) / 1e6
    const { context, page } = await fleetContext([])
    let round = 0
    try {
      await workerParseMs(page, text)
      const ingest = await compareAsyncPairs(
        `import of ${megabytes.toFixed(2)} MB Atom: long-task ms / worker parse ms`,
        () => importBusyMs(page, text, round++),
        () => workerParseMs(page, text),
        4,
        'ms',
      )
      const longest = Math.max(0, ...longTasks)
      return {
        cases: [ingest],
        checks: [
          {
            name: 'no long task > 50 ms',
            ok: longest <= 50,
            detail: `longest task ${longest.toFixed(0)} ms`,
          },
        ],
      }
    } finally {
      await context.close()
    }
  },
}
