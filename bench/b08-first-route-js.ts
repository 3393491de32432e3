import { readFileSync, readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import type { Benchmark } from './benchmark'
import { browserSession } from './browser'
import { APP_DIST, HELLO_DIST } from './builds'
import type { Case } from './measure'

const gzipBytes = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length

/** The JS files the browser fetches (scripts, module preloads, workers) on a cold load of `path`. */
async function firstRouteScripts(path: string): Promise<string[]> {
  const { browser, baseUrl } = await browserSession()
  const context = await browser.newContext()
  const page = await context.newPage()
  const scripts = new Set<string>()
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname.endsWith('.js')) scripts.add(url.pathname)
  })
  await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' })
  await page.waitForTimeout(500)
  await context.close()
  return [...scripts]
}

export const b08: Benchmark = {
  id: 'B8',
  title: 'First-route JS (gzip)',
  target: { op: '≤', value: 1.8, baseline: 'React hello world, same Vite config' },
  async run() {
    const ours = (await firstRouteScripts('/')).reduce(
      (sum, p) => sum + gzipBytes(`${APP_DIST}${p}`),
      0,
    )
    const helloAssets = `${HELLO_DIST}/assets`
    const hello = readdirSync(helloAssets)
      .filter((name) => name.endsWith('.js'))
      .reduce((sum, name) => sum + gzipBytes(`${helloAssets}/${name}`), 0)
    const allChunks = readdirSync(`${APP_DIST}/assets`)
      .filter((name) => name.endsWith('.js'))
      .map((name) => `${APP_DIST}/assets/${name}`)
    const total = allChunks.reduce((sum, path) => sum + gzipBytes(path), 0)
    const largest = Math.max(...allChunks.map((path) => readFileSync(path).length))
    const ratio = ours / hello
    const bytes: Case = {
      name: 'first route',
      ratio,
      low: ratio,
      high: ratio,
      ours,
      baseline: hello,
      unit: 'bytes gzip',
      samples: 1,
    }
    return {
      cases: [bytes],
      checks: [
        {
          name: 'all chunks ≤ 4.5×',
          ok: total / hello <= 4.5,
          detail: `all JS ${(total / 1000).toFixed(0)} KB gzip = ${(total / hello).toFixed(2)}× hello`,
        },
        {
          name: 'no chunk > 500 kB',
          ok: largest <= 500_000,
          detail: `largest chunk ${(largest / 1000).toFixed(0)} kB minified`,
        },
      ],
    }
  },
}
